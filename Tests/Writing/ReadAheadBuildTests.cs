using System.Text;
using Lucene.Net.Index;
using SearchEngine.Indexing.Extraction;
using SearchEngine.Indexing.Writing;
using SearchEngine.Tests.Support;

namespace SearchEngine.Tests.Writing;

/// <summary>Builds whose sources are read on a thread of their own, many records ahead of the writing threads.</summary>
public class ReadAheadBuildTests : IDisposable
{
    /// <summary>More than the reader queues ahead of the workers, so it waits for room many times over.</summary>
    private const int RecordsPerFile = 300;

    private readonly TempFolder _dir = new();
    private readonly IndexStore _store;
    private readonly IndexBuilder _builder = new(ArticlePipeline.Default, new BuildOptions { Threads = 2 });

    public ReadAheadBuildTests() => _store = new IndexStore(_dir.Combine("index"));

    public void Dispose() => _dir.Dispose();

    private string Source => _dir.Combine("articles");

    private void WriteFeed(string name)
    {
        var lines = new StringBuilder();
        for (var i = 0; i < RecordsPerFile; i++)
            lines.Append($"{{\"id\": \"{i}\", \"title\": \"Story {i}\", \"body\": \"Article number {i} of the {name} feed.\"}}\n");
        _dir.Write(Path.Combine("articles", name + ".jsonl"), lines.ToString());
    }

    private int IndexedCount()
    {
        using var directory = _store.OpenCurrent();
        using var reader = DirectoryReader.Open(directory);
        return reader.NumDocs;
    }

    [Fact]
    public void A_build_indexes_every_article_of_several_files_longer_than_the_queue()
    {
        WriteFeed("alpha");
        WriteFeed("beta");
        WriteFeed("gamma");
        var report = _builder.Rebuild([Source], _store, IBuildProgress.None);
        Assert.Equal(3 * RecordsPerFile, report.Indexed);
        Assert.Empty(report.Failed);
        Assert.Equal(3 * RecordsPerFile, IndexedCount());
    }

    [Fact]
    public void A_broken_file_between_long_ones_is_reported_and_the_others_are_indexed()
    {
        WriteFeed("alpha");
        _dir.Write("articles/broken.txt", [0, 1, 2, 3]);
        _dir.Write("articles/garbled.jsonl", "{\"id\": \"1\", \"body\": \n");
        WriteFeed("omega");
        var report = _builder.Rebuild([Source], _store, IBuildProgress.None);
        Assert.Equal(2 * RecordsPerFile, report.Indexed);
        Assert.Equal(["broken.txt", "garbled.jsonl"], report.Failed.Select(f => f.SourceFile).Order(StringComparer.Ordinal));
        Assert.Equal(2 * RecordsPerFile, IndexedCount());
    }

    [Fact]
    public void A_build_cancelled_half_way_stops_and_leaves_the_previous_index_searched()
    {
        WriteFeed("alpha");
        _builder.Rebuild([Source], _store, IBuildProgress.None);
        var live = _store.CurrentGeneration;
        WriteFeed("beta");
        WriteFeed("gamma");
        using var cancel = new CancellationTokenSource();
        var progress = new CancelAfter(RecordsPerFile / 2, cancel);
        Assert.ThrowsAny<OperationCanceledException>(() => _builder.Rebuild([Source], _store, progress, cancel.Token));
        Assert.True(progress.Reports < 3 * RecordsPerFile);
        Assert.Equal(live, _store.CurrentGeneration);
        Assert.Equal(RecordsPerFile, IndexedCount());
    }

    [Fact]
    public void A_build_cancelled_before_it_starts_reads_nothing_into_the_index()
    {
        WriteFeed("alpha");
        _builder.Rebuild([Source], _store, IBuildProgress.None);
        var live = _store.CurrentGeneration;
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => _builder.Rebuild([Source], _store, IBuildProgress.None, cancel.Token));
        Assert.Equal(live, _store.CurrentGeneration);
    }

    /// <summary>Cancels the build once it has reported the given number of articles.</summary>
    private sealed class CancelAfter(int documents, CancellationTokenSource cancel) : IBuildProgress
    {
        private int _reports;

        public int Reports => Volatile.Read(ref _reports);

        public void Start(long totalBytes) { }

        public void Report(int done, long bytes)
        {
            if (Interlocked.Increment(ref _reports) == documents) cancel.Cancel();
        }

        public void Finish() { }
    }
}
