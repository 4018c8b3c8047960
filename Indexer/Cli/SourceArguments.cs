using System.CommandLine;
using SearchEngine.Indexing.Sources;
using SearchEngine.Indexing.Writing;

namespace SearchEngine.Indexing.Cli;

/// <summary>The options that say what to read and how, the same for every command that runs the pipeline: rebuild, update and push.</summary>
internal sealed class SourceArguments
{
    private readonly Option<string[]> _source = new("--source")
    {
        Description = "Folders (read recursively; their own README or licence is not an article) or files of articles, "
                      + "one or more; repeatable",
        HelpName = "DIR|FILE",
        Required = true,
        // A shell glob (--source feeds/*.jsonl) gives several paths after the one flag.
        AllowMultipleArgumentsPerToken = true,
    };
    private readonly Option<string[]> _fields = IndexerCli.FieldOption();
    private readonly Option<int?> _threads = new("--threads") { Description = "Threads that clean, extract and write [default: the number of cores]", HelpName = "N" };
    private readonly Option<double> _maxMb = new("--max-article-mb")
    {
        Description = "Text and HTML files and JSON Lines records larger than this are skipped",
        HelpName = "MB",
        DefaultValueFactory = _ => 10,
    };

    public void AddTo(Command command, Option? after = null)
    {
        command.Add(_source);
        if (after is not null) command.Add(after);
        command.Add(_fields);
        command.Add(_threads);
        command.Add(_maxMb);
    }

    /// <exception cref="UsageException">A source does not exist.</exception>
    public IReadOnlyList<string> Sources(ParseResult parse)
    {
        var sources = parse.GetValue(_source)!;
        foreach (var path in sources)
            if (!File.Exists(path) && !Directory.Exists(path))
                throw new UsageException($"--source {path}: {MissingFile.NotFound(path)}");
        return sources;
    }

    /// <summary>The threads and source options given, on a build's defaults.</summary>
    /// <exception cref="UsageException">A thread count below one or a malformed --field.</exception>
    public BuildOptions Options(ParseResult parse)
    {
        var threadCount = parse.GetValue(_threads) ?? Environment.ProcessorCount;
        if (threadCount < 1) throw new UsageException("--threads must be at least 1");
        return new BuildOptions
        {
            Threads = threadCount,
            Sources = new SourceOptions
            {
                FieldMap = IndexerCli.ParseFieldMap(parse.GetValue(_fields) ?? []),
                MaxArticleBytes = (long)(parse.GetValue(_maxMb) * 1024 * 1024),
            },
        };
    }
}
