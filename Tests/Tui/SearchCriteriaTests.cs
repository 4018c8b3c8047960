using SearchEngine.Indexing.Schema;
using SearchEngine.Querying.Search;
using SearchEngine.Querying.Tui.Models;

namespace SearchEngine.Tests.Tui;

public class SearchCriteriaTests
{
    [Fact]
    public void Toggling_a_value_picks_it_and_toggling_again_drops_it()
    {
        var picked = SearchCriteria.Start.Toggle(FacetDimension.Outlet, "BBC");

        Assert.Equal(["BBC"], picked.Filters.Selected(FacetDimension.Outlet));
        Assert.Empty(picked.Toggle(FacetDimension.Outlet, "BBC").Filters.Selected(FacetDimension.Outlet));
    }

    [Fact]
    public void Values_of_one_dimension_accumulate_and_dimensions_stay_apart()
    {
        var criteria = SearchCriteria.Start
            .Toggle(FacetDimension.Outlet, "BBC")
            .Toggle(FacetDimension.Outlet, "Reuters")
            .Toggle(FacetDimension.People, "Kim Jong Un");

        Assert.Equal(["BBC", "Reuters"], criteria.Filters.Selected(FacetDimension.Outlet));
        Assert.Equal(["Kim Jong Un"], criteria.Filters.Selected(FacetDimension.People));
    }

    [Fact]
    public void Clearing_filters_keeps_the_query_sort_and_collapse()
    {
        var criteria = new SearchCriteria { QueryText = "troops", Sort = SortOrder.Date, Collapse = false }
            .Toggle(FacetDimension.Date, "2024-10-19");

        var cleared = criteria.WithoutFilters();

        Assert.False(cleared.HasFilters);
        Assert.Equal(("troops", SortOrder.Date, false), (cleared.QueryText, cleared.Sort, cleared.Collapse));
    }

    [Fact]
    public void The_request_carries_everything_the_user_set()
    {
        var criteria = new SearchCriteria { QueryText = "troops", Sort = SortOrder.Date, Collapse = false }.Toggle(FacetDimension.People, "Kim Jong Un");

        var request = criteria.ToRequest(offset: 25, limit: 25, facetTopN: 100, snippets: 2);

        Assert.Equal(("troops", SortOrder.Date, false, 25, 25, 100, 2),
            (request.QueryText, request.Sort, request.Collapse, request.Offset, request.Limit, request.FacetTopN, request.SnippetsPerHit));
        Assert.Equal(["Kim Jong Un"], request.Filters.Selected(FacetDimension.People));
    }

    [Fact]
    public void The_other_sort_alternates_between_relevance_and_date()
    {
        Assert.Equal(SortOrder.Date, SearchCriteria.Start.WithOtherSort().Sort);
        Assert.Equal(SortOrder.Relevance, SearchCriteria.Start.WithOtherSort().WithOtherSort().Sort);
    }
}
