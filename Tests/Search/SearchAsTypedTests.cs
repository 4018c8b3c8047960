using SearchEngine.Querying.Search;
using SearchEngine.Tests.Support;
using static SearchEngine.Tests.Search.SearchTestHelpers;
using static SearchEngine.Tests.Support.TestIndex;

namespace SearchEngine.Tests.Search;

/// <summary>The query bar reads what is being typed: the last word also finds the words it begins, and an open quote is closed.</summary>
public sealed class SearchAsTypedTests : IDisposable
{
    private readonly TestIndex _index = Build(
        Article("petroleum", "Crude petroleum output", "Crude petroleum output rose in the Gulf.", outlet: "Reuters"),
        Article("markets", "Markets", "Stock markets fell sharply.", outlet: "Daily Herald"),
        Article("petrol", "Petrol queues", "Drivers queued for petrol in the cold.", outlet: "Daily Herald"),
        Article("st", "Words", ManyWordsBeginningWithSt));

    /// <summary>More words beginning "st" than a prefix being typed may stand for (<c>staa stab … stcm</c>).</summary>
    private static readonly string ManyWordsBeginningWithSt =
        string.Join(' ', Enumerable.Range(0, 65).Select(i => $"st{(char)('a' + i / 26)}{(char)('a' + i % 26)}"));

    private readonly ArticleSearcher _searcher;

    public SearchAsTypedTests() => _searcher = _index.OpenSearcher();

    public void Dispose()
    {
        _searcher.Dispose();
        _index.Dispose();
    }

    private string[] Typed(string query) => Ids(_searcher.Search(new SearchRequest { QueryText = query, AsTyped = true, Limit = 100 }));

    [Fact]
    public void The_last_word_being_typed_finds_the_words_it_begins()
    {
        Assert.Equal(["petrol", "petroleum"], Typed("petr"));
    }

    [Fact]
    public void The_command_line_reads_the_last_word_as_a_whole_word()
    {
        Assert.Empty(Ids(_searcher.Search(new SearchRequest { QueryText = "petr" })));
    }

    [Fact]
    public void A_finished_word_still_finds_its_other_inflections()
    {
        Assert.Equal(["markets"], Typed("market"));
    }

    [Fact]
    public void A_word_being_typed_past_its_stem_still_finds_the_word()
    {
        using var index = Build(Article("intervention", body: "The central bank's intervention."), Article("other", body: "Nothing."));
        using var searcher = index.OpenSearcher();

        Assert.Equal(["intervention"], Ids(searcher.Search(new SearchRequest { QueryText = "interventi", AsTyped = true })));
    }

    [Fact]
    public void Only_the_last_word_is_read_as_a_prefix()
    {
        Assert.Empty(Typed("petr crude"));
    }

    [Fact]
    public void A_word_inside_a_phrase_is_not_a_prefix()
    {
        Assert.Empty(Typed("\"crude petr\""));
    }

    [Fact]
    public void An_excluded_word_is_not_a_prefix()
    {
        Assert.Equal(["petroleum"], Typed("crude -petr"));
    }

    [Fact]
    public void A_word_after_NOT_is_not_a_prefix()
    {
        Assert.Equal(["petroleum"], Typed("crude NOT petr"));
    }

    [Fact]
    public void A_title_value_is_a_prefix_but_an_outlet_value_is_not()
    {
        Assert.Equal(["petrol", "petroleum"], Typed("title:petr"));
        Assert.Empty(Typed("outlet:reut"));
    }

    [Fact]
    public void A_single_letter_finds_the_words_it_begins_while_they_are_few()
    {
        Assert.Equal(["petrol", "petroleum"], Typed("p"));
    }

    [Fact]
    public void A_last_word_that_begins_too_many_words_does_not_narrow_the_results_yet()
    {
        Assert.Equal(Typed("crude"), Typed("crude st"));
    }

    [Fact]
    public void A_first_letter_that_begins_too_many_words_still_shows_every_article()
    {
        Assert.Equal(4, Typed("s").Length);
    }

    [Fact]
    public void The_results_only_narrow_as_the_last_word_is_typed()
    {
        Assert.Equal([4, 4, 1, 1], new[] { "s", "st", "sto", "stock" }.Select(typed => Typed(typed).Length));
    }

    [Fact]
    public void A_quote_left_open_is_searched_as_if_closed()
    {
        Assert.Equal(["petroleum"], Typed("\"crude petroleum"));
    }

    [Fact]
    public void A_quote_left_open_is_still_an_error_on_the_command_line()
    {
        Assert.Throws<QuerySyntaxException>(() => _searcher.Search(new SearchRequest { QueryText = "\"crude petroleum" }));
    }

    [Fact]
    public void Words_found_by_the_prefix_being_typed_are_marked_in_snippets_and_the_article()
    {
        var hit = _searcher.Search(new SearchRequest { QueryText = "crude petr", AsTyped = true }).Hits.Single();

        Assert.Contains("petroleum", hit.Snippets.SelectMany(MarkedWords));
        Assert.Contains("petroleum", MarkedWords(_searcher.HighlightArticle("petroleum", "crude petr", asTyped: true)!));
    }
}
