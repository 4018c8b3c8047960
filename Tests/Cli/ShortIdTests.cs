using SearchEngine.Indexing.Cli;
using SearchEngine.Querying.Search;
using SearchEngine.Tests.Support;
using static SearchEngine.Tests.Support.TestIndex;

namespace SearchEngine.Tests.Cli;

/// <summary>Short ids: what the table and the line format show, and what <c>similar</c> and <c>diff</c> accept.</summary>
public sealed class ShortIdTests : IDisposable
{
    private readonly TestIndex _index = Build(
        Article("2024/grain-deal-signed", "Grain deal signed", "Wheat exports resume under the grain deal.", outlet: "Daily Herald", date: "2024-03-15"),
        Article("2024/grain-prices-fall", "Grain prices fall", "Wheat and maize prices fall after the grain deal.", outlet: "Wire Agency", date: "2024-03-16"),
        Article("2024/ferry-strike", "Ferry strike", "Ferry crews strike at the harbour.", outlet: "Daily Herald"));

    private readonly CliHarness _cli = new();
    private readonly TempFolder _folder = new();

    public void Dispose()
    {
        _index.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public void A_short_id_is_the_shortest_start_of_the_id_that_no_other_id_begins_with()
    {
        using var searcher = _index.OpenSearcher();

        var hits = searcher.Search(new SearchRequest { QueryText = "grain", ShortIds = true }).Hits;

        Assert.Equal(["2024/grain-d", "2024/grain-p"], hits.Select(h => h.ShortId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_search_that_does_not_ask_for_short_ids_gives_each_hit_its_whole_id_as_its_short_one()
    {
        using var searcher = _index.OpenSearcher();

        var hit = Assert.Single(searcher.Search(new SearchRequest { QueryText = "ferry" }).Hits);

        Assert.Equal("2024/ferry-strike", hit.ShortId);
    }

    [Fact]
    public void Saved_run_shows_short_ids_as_search_does()
    {
        var saved = _folder.Combine("saved-queries.json");
        _cli.Run("saved", "add", "ferries", "ferry", "--saved-file", saved);

        Assert.Equal(ExitCodes.Success, _cli.Run("saved", "run", "ferries", "--format", "line", "--index", _index.Root, "--saved-file", saved));

        Assert.StartsWith("2024/fe\t", _cli.Out);
    }

    [Fact]
    public void A_short_id_is_at_least_seven_characters_long()
    {
        using var searcher = _index.OpenSearcher();

        Assert.Equal("2024/fe", searcher.Find("2024/ferry-strike")!.ShortId);
    }

    [Fact]
    public void The_table_shows_each_hit_s_short_id_under_its_title()
    {
        Assert.Equal(ExitCodes.Success, _cli.Run("search", "ferry", "--index", _index.Root));

        Assert.Contains("id 2024/fe", _cli.Out);
    }

    [Fact]
    public void Similar_accepts_a_short_id()
    {
        Assert.Equal(ExitCodes.Success, _cli.Run("similar", "2024/fe", "--index", _index.Root));

        Assert.Contains("2024/ferry-strike has no near-identical copies", _cli.Out);
    }

    [Fact]
    public void Diff_accepts_short_ids()
    {
        Assert.Equal(ExitCodes.Success, _cli.Run("diff", "2024/grain-d", "2024/grain-p", "--index", _index.Root));

        Assert.Contains("--- 2024/grain-deal-signed", _cli.Out);
        Assert.Contains("+++ 2024/grain-prices-fall", _cli.Out);
    }

    [Fact]
    public void A_start_that_several_ids_begin_with_is_a_usage_error_naming_them()
    {
        Assert.Equal(ExitCodes.Usage, _cli.Run("similar", "2024/grain", "--index", _index.Root));

        Assert.Contains("'2024/grain' begins the ids of several articles: 2024/grain-deal-signed, 2024/grain-prices-fall", _cli.Error);
    }

    [Fact]
    public void The_line_format_prints_one_line_per_hit_with_short_id_date_outlet_and_title()
    {
        Assert.Equal(ExitCodes.Success, _cli.Run("search", "grain", "--sort", "date", "--format", "line", "--index", _index.Root));

        Assert.Equal(
            [
                "2024/grain-p\t2024-03-16\tWire Agency\tGrain prices fall",
                "2024/grain-d\t2024-03-15\tDaily Herald\tGrain deal signed",
            ],
            _cli.Out.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void A_piped_table_fits_80_columns()
    {
        Assert.Equal(ExitCodes.Success, _cli.Run("search", "grain", "--index", _index.Root));

        Assert.All(_cli.Out.Split('\n'), line => Assert.True(line.Length <= 80, $"{line.Length} columns: {line}"));
    }
}
