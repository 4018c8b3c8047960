using SearchEngine.Indexing.Schema;
using SearchEngine.Querying.Search;
using static SearchEngine.Tests.Search.SearchTestHelpers;
using static SearchEngine.Tests.Support.TestIndex;

namespace SearchEngine.Tests.Search;

/// <summary>The people a search is about are marked where the text names them, though the query names them in the people field.</summary>
public sealed class PersonMentionTests
{
    private static FacetFilters Picked(params string[] people) => FacetFilters.None.With(FacetDimension.People, people);

    [Fact]
    public void A_person_named_in_the_query_is_marked_in_the_snippet_under_the_spelling_the_article_uses()
    {
        var hit = FirstHit(new SearchRequest { QueryText = "people:\"Kim Jong Un\"" },
            Article("a", body: "Troops were sent by Kim Jong-un to the front.", people: "Kim Jong Un"));

        Assert.Equal("Troops were sent by [Kim Jong-un] to the front.", Render(hit.Snippets[0]));
    }

    [Fact]
    public void A_person_picked_in_the_people_facet_is_marked_by_whole_name_and_by_family_name_alone()
    {
        var hit = FirstHit(new SearchRequest { QueryText = "", Filters = Picked("Vladimir Putin") },
            Article("a", body: "Vladimir Putin met the envoys. Putin said little.", people: "Vladimir Putin"));

        Assert.Equal("[Vladimir Putin] met the envoys. [Putin] said little.", Render(hit.Snippets[0]));
    }

    [Fact]
    public void A_family_name_that_is_also_a_word_is_marked_only_where_written_with_a_capital()
    {
        var hit = FirstHit(new SearchRequest { QueryText = "", Filters = Picked("Theresa May") },
            Article("a", body: "Theresa May said talks may resume. May added nothing.", people: "Theresa May"));

        Assert.Equal("[Theresa May] said talks may resume. [May] added nothing.", Render(hit.Snippets[0]));
    }

    [Fact]
    public void A_family_name_written_first_is_the_one_marked_alone()
    {
        var hit = FirstHit(new SearchRequest { QueryText = "", Filters = Picked("Kim Jong Un") },
            Article("a", body: "Kim Jong Un sent troops. Kim did not say how many; Un is not his name.", people: "Kim Jong Un"));

        Assert.Equal("[Kim Jong Un] sent troops. [Kim] did not say how many; Un is not his name.", Render(hit.Snippets[0]));
    }

    [Fact]
    public void A_searched_word_that_is_also_a_picked_family_name_is_marked_in_any_case()
    {
        var hit = FirstHit(new SearchRequest { QueryText = "may", Filters = Picked("Theresa May") },
            Article("a", body: "Theresa May said talks may resume.", people: "Theresa May"));

        Assert.Equal("[Theresa May] said talks [may] resume.", Render(hit.Snippets[0]));
    }

    [Fact]
    public void A_person_the_query_excludes_is_not_marked()
    {
        var hit = FirstHit(new SearchRequest { QueryText = "troops -people:putin" },
            Article("a", body: "Putin sent no troops.", people: "Vladimir Putin"),
            Article("b", body: "Kim sent troops, said Putin.", people: "Kim Jong Un"));

        Assert.Equal("Kim sent [troops], said Putin.", Render(hit.Snippets[0]));
    }

    [Fact]
    public void The_article_view_marks_every_mention_of_a_person_picked_in_the_people_facet()
    {
        var article = Article("a", body: "Vladimir Putin met the envoys. Later Putin said little.", people: "Vladimir Putin");
        using var index = Build(article);
        using var searcher = index.OpenSearcher();

        var marked = searcher.HighlightArticle("a", "envoys", filters: Picked("Vladimir Putin"))!;

        Assert.Equal("[Vladimir Putin] met the [envoys]. Later [Putin] said little.", Render(marked));
    }

    [Fact]
    public void Snippets_are_chosen_where_the_picked_person_is_named()
    {
        var body = string.Join(' ', Enumerable.Repeat("Filler words about the weather and the harvest.", 12))
                   + " Then Vladimir Putin spoke about the harvest.";
        var hit = FirstHit(new SearchRequest { QueryText = "harvest", Filters = Picked("Vladimir Putin"), SnippetsPerHit = 1 },
            Article("a", body: body, people: "Vladimir Putin"));

        Assert.Contains("[Vladimir Putin]", Render(hit.Snippets[0]));
    }
}
