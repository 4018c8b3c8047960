using SearchEngine.Indexing.Schema;
using SearchEngine.Querying.SavedQueries;
using SearchEngine.Querying.Search;
using static SearchEngine.Tests.Cli.Results;

namespace SearchEngine.Tests.SavedQueries;

public class SavedQueryRunnerTests
{
    private static readonly DateTimeOffset Now = new(2024, 3, 20, 9, 30, 0, TimeSpan.Zero);

    private static readonly SavedQuery Saved = new()
    {
        Name = "grain",
        Query = "grain",
        Filters = FacetFilters.None.With(FacetDimension.Outlet, ["Daily Herald"]),
        Sort = SortOrder.Date,
        CreatedAt = Now,
    };

    /// <summary>A search over the ranked ids that honours offset and limit, and gives snippets only when asked.</summary>
    private sealed class RankedSearch(params string[] ids)
    {
        public List<SearchRequest> Requests { get; } = [];

        public SearchResult Search(SearchRequest request)
        {
            Requests.Add(request);
            var page = ids.Skip(request.Offset).Take(request.Limit)
                .Select(id => Hit(id, snippets: request.SnippetsPerHit > 0 ? [Snippet($"snippet of {id}")] : []))
                .ToArray();
            return Of(page) with { Total = ids.Length };
        }
    }

    [Fact]
    public void The_run_records_as_seen_only_the_page_it_showed()
    {
        var search = new RankedSearch("a", "b", "c", "d");

        var outcome = SavedQueryRunner.Run(search.Search, Saved, onlyNew: false, offset: 0, limit: 2, Now);

        Assert.Equal(["a", "b"], outcome.Run.HitIds);
        Assert.Equal(4, outcome.NewCount);
        Assert.Equal(4, outcome.Run.Total);
        Assert.Equal(Now, outcome.Run.At);
        Assert.Equal(SavedQueryRun.MaxHitIds, search.Requests[0].Limit);
    }

    [Fact]
    public void The_saved_filters_and_sort_are_searched()
    {
        var search = new RankedSearch("a");

        SavedQueryRunner.Run(search.Search, Saved, onlyNew: false, offset: 0, limit: 2, Now);

        Assert.All(search.Requests, r =>
        {
            Assert.Equal("grain", r.QueryText);
            Assert.Equal(["Daily Herald"], r.Filters.Selected(FacetDimension.Outlet));
            Assert.Equal(SortOrder.Date, r.Sort);
        });
    }

    [Fact]
    public void Without_new_the_requested_page_is_shown_with_snippets()
    {
        var search = new RankedSearch("a", "b", "c", "d");

        var outcome = SavedQueryRunner.Run(search.Search, Saved, onlyNew: false, offset: 1, limit: 2, Now);

        Assert.Equal(["b", "c"], outcome.Shown.Hits.Select(h => h.Id));
        Assert.All(outcome.Shown.Hits, h => Assert.NotEmpty(h.Snippets));
    }

    [Fact]
    public void With_new_only_hits_the_last_run_did_not_return_are_shown_with_snippets()
    {
        var search = new RankedSearch("n1", "a", "b", "n2", "c", "n3");
        var seen = Saved with { LastRun = new SavedQueryRun { At = Now.AddDays(-1), Total = 3, HitIds = ["a", "b", "c"] } };

        var outcome = SavedQueryRunner.Run(search.Search, seen, onlyNew: true, offset: 0, limit: 2, Now);

        Assert.Equal(["n1", "n2"], outcome.Shown.Hits.Select(h => h.Id));
        Assert.Equal(3, outcome.Shown.Total);
        Assert.All(outcome.Shown.Hits, h => Assert.Equal($"snippet of {h.Id}", Assert.Single(h.Snippets).Text));
        Assert.Equal(["n1", "n2", "a", "b", "c"], outcome.Run.HitIds);
        Assert.Equal(3, outcome.NewCount);
    }

    [Fact]
    public void New_hits_a_limited_run_did_not_show_are_still_new_on_the_next_run()
    {
        var search = new RankedSearch("a", "b", "c", "d", "e", "f");
        var first = SavedQueryRunner.Run(search.Search, Saved, onlyNew: true, offset: 0, limit: 3, Now);

        var second = SavedQueryRunner.Run(search.Search, Saved with { LastRun = first.Run }, onlyNew: true, offset: 0, limit: 3, Now.AddHours(1));

        Assert.Equal(["a", "b", "c"], first.Shown.Hits.Select(h => h.Id));
        Assert.Equal(["d", "e", "f"], second.Shown.Hits.Select(h => h.Id));
        Assert.Equal(["d", "e", "f", "a", "b", "c"], second.Run.HitIds);
    }

    [Fact]
    public void With_new_and_nothing_new_nothing_is_shown()
    {
        var search = new RankedSearch("a", "b");
        var seen = Saved with { LastRun = new SavedQueryRun { At = Now.AddDays(-1), Total = 2, HitIds = ["b", "a"] } };

        var outcome = SavedQueryRunner.Run(search.Search, seen, onlyNew: true, offset: 0, limit: 10, Now);

        Assert.Equal(0, outcome.Shown.Total);
        Assert.Empty(outcome.Shown.Hits);
    }
}
