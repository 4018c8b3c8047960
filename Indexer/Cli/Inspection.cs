using System.Text;
using System.Text.Json;
using SearchEngine.Indexing.Cleaning;
using SearchEngine.Indexing.Extraction;
using SearchEngine.Indexing.Sources;

namespace SearchEngine.Indexing.Cli;

/// <summary><c>indexer inspect</c>: each article as the pipeline sees it, with the lines it removed and why, so a user can tell why an article was tagged the way it was.</summary>
public static class Inspection
{
    public sealed record Inspected(Article Article, CleanedPage Page, IReadOnlyList<RemovedBlock> RemovedByMarkup);

    public sealed record Results(IReadOnlyList<Inspected> Articles, IReadOnlyList<SourceProblem> Problems);

    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true };

    public static Results Run(IEnumerable<string> paths, ArticlePipeline pipeline, SourceOptions options)
    {
        var articles = new List<Inspected>();
        // Said here, as a missing --source is before a build: a file the scan finds and then cannot open was removed meanwhile.
        var given = paths.ToLookup(path => File.Exists(path) || Directory.Exists(path));
        var problems = given[false].Select(path => SourceProblem.Failed(path, MissingFile.NotFound(path))).ToList();
        var scanner = new SourceScanner(options);
        var files = given[true].Any() ? SourceScanner.FindFiles(given[true]) : [];
        foreach (var record in scanner.Read(files))
        {
            switch (record)
            {
                case SourceProblem problem:
                    problems.Add(problem);
                    break;
                case ArticleRecord { Article: var raw }:
                    var article = pipeline.Process(raw, out var page);
                    articles.Add(new Inspected(article, page, raw.RemovedByMarkup));
                    break;
            }
        }
        return new Results(articles, problems);
    }

    public static string Text(Results results)
    {
        var sb = new StringBuilder();
        foreach (var (article, page, removedByMarkup) in results.Articles)
        {
            sb.AppendLine($"== {article.SourcePath}");
            sb.AppendLine($"id:      {article.Id}");
            var origins = article.Origins;
            sb.AppendLine($"title:   {article.Title}{Origin(origins.Title)}");
            sb.AppendLine($"outlet:  {article.Outlet ?? "(unknown)"}{Origin(origins.Outlet)}");
            sb.AppendLine($"date:    {article.Published?.ToString() ?? "(unknown)"}{Origin(origins.Date)}");
            sb.AppendLine($"author:  {article.Author ?? "(none)"}{Origin(origins.Author)}");
            if (article.Url is { } url) sb.AppendLine($"url:     {url}");
            if (origins.Body is { } body) sb.AppendLine($"body from: {body}");
            sb.AppendLine($"people:  {(article.People.Count == 0 ? "(none)" : string.Join("; ", article.People))}");
            if (removedByMarkup.Count > 0)
            {
                sb.AppendLine($"removed by markup: {Counted.Of(removedByMarkup.Count, "block")}");
                foreach (var block in removedByMarkup)
                    sb.AppendLine($"  [{block.Why}] {Shorten(block.Text, 100)}");
            }
            var removed = page.Lines.Where(l => l.Kind != LineKind.Body).ToList();
            sb.AppendLine($"removed: {Counted.Of(removed.Count, "line")}");
            foreach (var line in removed)
                sb.AppendLine($"  [{line.Kind.ToString().ToLowerInvariant()}] {Shorten(line.Text, 100)}");
            sb.AppendLine("body:");
            foreach (var paragraph in page.BodyParagraphs)
                sb.AppendLine($"  {paragraph}");
            sb.AppendLine();
        }
        // Each line printable: article text and file names can hold escape sequences.
        return string.Join('\n', sb.ToString().Split('\n').Select(PrintableText.Of));
    }

    public static string Json(Results results) => JsonSerializer.Serialize(results.Articles.Select(i => new
    {
        path = i.Article.SourcePath,
        id = i.Article.Id,
        title = i.Article.Title,
        outlet = i.Article.Outlet,
        date = i.Article.Published?.ToString(),
        author = i.Article.Author,
        url = i.Article.Url,
        people = i.Article.People,
        origins = i.Article.Origins.Named(),
        removedByMarkup = i.RemovedByMarkup.Select(b => new { why = b.Why, text = b.Text }),
        removed = i.Page.Lines.Where(l => l.Kind != LineKind.Body).Select(l => new { kind = l.Kind.ToString().ToLowerInvariant(), text = l.Text }),
        body = i.Article.Body,
    }), JsonOptions) + "\n";

    private static string Origin(string? origin) => origin is null ? "" : $"   [{origin}]";

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
