using System.Globalization;
using System.Text;
using SearchEngine.Indexing.Cli;
using SearchEngine.Indexing.Schema;
using SearchEngine.Querying.Display;
using SearchEngine.Querying.SavedQueries;
using SearchEngine.Querying.Search;

namespace SearchEngine.Querying.Cli.Rendering;

/// <summary>Saved queries as aligned columns: name, last run, hits then, and the search as command-line arguments.</summary>
public static class SavedQueryListRenderer
{
    public static string Render(IReadOnlyList<SavedQuery> queries, TimeZoneInfo timeZone)
    {
        string[] header = ["NAME", "LAST RUN", "HITS", "SEARCH"];
        var rows = queries
            .OrderBy(q => q.Name, SavedQueryName.Comparer)
            .Select(q => new[]
            {
                TerminalText.Visible(q.Name),
                q.LastRun is { } run ? TimeZoneInfo.ConvertTime(run.At, timeZone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "never",
                q.LastRun?.Total.ToString(CultureInfo.InvariantCulture) ?? "-",
                TerminalText.Visible(Arguments(q)),
            })
            .Prepend(header)
            .ToList();

        var widths = Enumerable.Range(0, header.Length - 1).Select(column => rows.Max(r => r[column].Length)).ToArray();
        var output = new StringBuilder();
        foreach (var row in rows)
        {
            for (var column = 0; column < widths.Length; column++) output.Append(row[column].PadRight(widths[column] + 2));
            output.AppendLine(row[^1]);
        }
        return output.ToString();
    }

    /// <summary>The search as it would be typed after <c>query search</c>.</summary>
    public static string Arguments(SavedQuery query)
    {
        var parts = new List<string> { Shell.Quote(query.Query) };
        var withOption = ArticleSchema.FacetDimensions.Where(d => d.Option is not null);
        parts.AddRange(withOption.SelectMany(d => query.Filters.Selected(d).Select(v => $"--{d.Option!.Name} {Shell.Quote(v)}")));
        if (query.Filters.From is { } from) parts.Add($"--from {from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
        if (query.Filters.To is { } to) parts.Add($"--to {to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
        // Selections made in a console in a dimension without an option (days, months) are shown so the listing hides no filter.
        foreach (var dimension in ArticleSchema.FacetDimensions.Where(d => d.Option is null && query.Filters.Selected(d).Count > 0))
            parts.Add($"({dimension.SelectionName}: {string.Join(", ", query.Filters.Selected(dimension))})");
        if (query.Sort == SortOrder.Date) parts.Add("--sort date");
        return string.Join(' ', parts);
    }
}
