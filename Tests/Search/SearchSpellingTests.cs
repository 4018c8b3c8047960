using SearchEngine.Querying.Search;
using SearchEngine.Tests.Support;
using static SearchEngine.Tests.Support.TestIndex;

namespace SearchEngine.Tests.Search;

/// <summary>
/// "Did you mean": a search that finds nothing offers the query with each word no article holds respelled as the
/// nearest word the index holds, when that query finds something; a long word a few articles hold is respelled too when
/// the respelling finds ten times as many.
/// </summary>
public sealed class SearchSpellingTests : IDisposable
{
    private readonly TestIndex _index = Build(
        Article("z1", title: "Zelensky visits the front", body: "Volodymyr Zelensky met troops near Kharkiv.", people: ["Volodymyr Zelensky"]),
        Article("z2", title: "Aid for Kyiv", body: "Zelensky asked for more air defence for the troops.", people: ["Volodymyr Zelensky"]),
        Article("p1", title: "Pyongyang parade", body: "Pyongyang showed new missiles at the parade.", outlet: "Korea Herald"));

    private readonly ArticleSearcher _searcher;

    public SearchSpellingTests() => _searcher = _index.OpenSearcher();

    public void Dispose()
    {
        _searcher.Dispose();
        _index.Dispose();
    }

    private QuerySuggestion? SuggestionFor(string query) => _searcher.Search(new SearchRequest { QueryText = query, Limit = 10 }).Suggestion;

    [Fact]
    public void A_misspelled_name_is_respelled_as_the_people_facet_writes_it() =>
        Assert.Equal(new QuerySuggestion("zelensky", 2), SuggestionFor("zelenksy"));

    [Fact]
    public void A_misspelled_word_is_respelled_as_the_articles_write_it_not_as_its_stem() =>
        Assert.Equal(new QuerySuggestion("troops", 2), SuggestionFor("tropps"));

    [Fact]
    public void Only_the_unknown_words_are_respelled_and_the_rest_of_the_query_is_kept() =>
        Assert.Equal("\"pyongyang showed\" -kharkiv", SuggestionFor("\"pyongyagn showed\" -kharkiv")?.QueryText);

    [Fact]
    public void A_respelled_word_keeps_the_capital_the_user_gave_it() =>
        Assert.Equal("Zelensky troops", SuggestionFor("Zelenksy troops")?.QueryText);

    [Fact]
    public void A_search_that_finds_something_offers_no_suggestion() =>
        Assert.Null(SuggestionFor("zelensky"));

    [Fact]
    public void A_word_after_a_field_name_is_left_as_written() =>
        Assert.Null(SuggestionFor("body:zelenksy"));

    [Fact]
    public void A_suggestion_that_would_find_nothing_is_not_offered() =>
        Assert.Null(SuggestionFor("zelenksy pyongyang"));

    [Fact]
    public void A_word_no_indexed_word_is_near_gets_no_suggestion() =>
        Assert.Null(SuggestionFor("quokka"));

    [Fact]
    public void A_long_word_a_few_articles_misspell_is_respelled_when_ten_times_as_many_hold_the_near_word() =>
        Assert.Equal(new QuerySuggestion("technology", 10), SuggestionIn(10, "technology", "technolgoy"));

    [Fact]
    public void A_rare_word_is_taken_as_written_when_its_near_word_is_not_ten_times_as_common() =>
        Assert.Null(SuggestionIn(9, "technology", "technolgoy"));

    [Fact]
    public void A_short_rare_word_is_taken_as_written_however_common_its_near_word() =>
        Assert.Null(SuggestionIn(20, "real", "renal"));

    /// <summary>The suggestion for <paramref name="rare"/> in an index where <paramref name="articles"/> articles hold <paramref name="common"/> and one holds it.</summary>
    private static QuerySuggestion? SuggestionIn(int articles, string common, string rare)
    {
        using var index = Build([.. Enumerable.Range(0, articles).Select(i => Article($"c{i}", body: $"The {common} report number {i}.")),
            Article("r", body: $"The {rare} report.")]);
        using var searcher = index.OpenSearcher();
        return searcher.Search(new SearchRequest { QueryText = rare, Limit = 10 }).Suggestion;
    }
}
