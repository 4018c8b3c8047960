using SearchEngine.Indexing.Schema;
using SearchEngine.Querying.Search;

namespace SearchEngine.Benchmarks;

/// <summary>One line of a benchmark query set: its class, the query text and optional facet filters.</summary>
public sealed record BenchQuery(string Class, string Text, FacetFilters Filters);

/// <summary>Reads query sets in the format of <c>../shared/bench/queries-reuters.txt</c>: CLASS&lt;TAB&gt;QUERY[&lt;TAB&gt;dim=value;dim=value].</summary>
public static class BenchQueries
{
    /// <summary>The queries of several files, in order; at least one file is required.</summary>
    public static List<BenchQuery> Read(IReadOnlyList<string> paths) =>
        paths.Count == 0 ? throw new ArgumentException("missing --queries") : paths.SelectMany(Read).ToList();

    public static List<BenchQuery> Read(string path)
    {
        var queries = new List<BenchQuery>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var columns = line.Split('\t');
            if (columns.Length < 2) throw new FormatException($"{path}: expected CLASS<TAB>QUERY[<TAB>FILTERS]: {line}");
            queries.Add(new BenchQuery(columns[0], columns[1], columns.Length > 2 ? Filters(columns[2]) : FacetFilters.None));
        }
        return queries;
    }

    /// <summary>dim=value;dim=value with dims outlet, people and date.</summary>
    private static FacetFilters Filters(string text)
    {
        var filters = FacetFilters.None;
        foreach (var pair in text.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var (dimension, value) = pair.Split('=', 2) is [var d, var v] ? (d.Trim(), v.Trim()) : throw new FormatException($"expected dim=value: {pair}");
            filters = dimension switch
            {
                "outlet" => filters.With(FacetDimension.Outlet, [.. filters.Selected(FacetDimension.Outlet), value]),
                "people" => filters.With(FacetDimension.People, [.. filters.Selected(FacetDimension.People), value]),
                "date" => filters.With(FacetDimension.Date, [.. filters.Selected(FacetDimension.Date), value]),
                _ => throw new FormatException($"unknown facet dimension '{dimension}' (outlet, people, date)"),
            };
        }
        return filters;
    }
}
