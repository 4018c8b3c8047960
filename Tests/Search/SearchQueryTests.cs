using SearchEngine.Querying.Search;
using SearchEngine.Tests.Support;
using static SearchEngine.Tests.Search.SearchTestHelpers;
using static SearchEngine.Tests.Support.TestIndex;

namespace SearchEngine.Tests.Search;

public sealed class SearchQueryTests
{
    [Fact]
    public void A_word_finds_its_other_inflections_through_stemming()
    {
        var ids = IdsFound("troop",
            Article("a", body: "Troops crossed the river."),
            Article("b", body: "Nobody crossed the river."));
        Assert.Equal(["a"], ids);
    }

    [Fact]
    public void Words_are_all_required_by_default()
    {
        var ids = IdsFound("oil prices",
            Article("both", body: "Oil prices rose."),
            Article("oil", body: "Oil was found."),
            Article("prices", body: "Prices fell."));
        Assert.Equal(["both"], ids);
    }

    [Fact]
    public void Or_accepts_either_word()
    {
        var ids = IdsFound("cocoa OR coffee",
            Article("cocoa", body: "Cocoa harvest."),
            Article("coffee", body: "Coffee harvest."),
            Article("tea", body: "Tea harvest."));
        Assert.Equal(["cocoa", "coffee"], ids);
    }

    [Fact]
    public void A_chinese_word_finds_its_characters_together_and_in_order()
    {
        var ids = IdsFound("中国",
            Article("word", body: "中国经济增长。"),
            Article("apart", body: "国内和中东。"));
        Assert.Equal(["word"], ids);
    }

    [Fact]
    public void A_hyphenated_word_finds_its_parts_together_and_in_order()
    {
        var ids = IdsFound("x-ray",
            Article("together", body: "An X-ray machine."),
            Article("apart", body: "Ray found X marks."));
        Assert.Equal(["together"], ids);
    }

    [Fact]
    public void A_phrase_requires_its_words_together_and_in_order()
    {
        var ids = IdsFound("\"interest rates\"",
            Article("together", body: "Interest rates went up."),
            Article("apart", body: "Rates of interest went up."));
        Assert.Equal(["together"], ids);
    }

    [Fact]
    public void A_phrase_finds_its_stop_words_in_their_place()
    {
        var ids = IdsFound("\"will not serve\"",
            Article("quoted", body: "Volcker said he will not serve another term."),
            Article("other", body: "Volcker will serve, and he said nothing about not leaving."));
        Assert.Equal(["quoted"], ids);
    }

    [Fact]
    public void A_phrase_of_stop_words_alone_finds_them()
    {
        var ids = IdsFound("\"to be or not to be\"",
            Article("hamlet", body: "He asked whether to be or not to be was the question."),
            Article("other", body: "Nothing here is quoted."));
        Assert.Equal(["hamlet"], ids);
    }

    [Fact]
    public void A_stop_word_written_bare_is_left_out_of_the_query()
    {
        var ids = IdsFound("the troops",
            Article("with", body: "The troops crossed."),
            Article("without", body: "Troops crossed."));
        Assert.Equal(["with", "without"], ids);
    }

    /// <summary>The articles naming "Müller" and "Muller" that a query finds among them and one naming neither.</summary>
    private static string[] MullersFound(string query) => IdsFound(query,
        Article("accented", body: "Moritz Müller said so."),
        Article("plain", body: "Anna Muller said so."),
        Article("other", body: "Nobody said so."));

    [Theory]
    [InlineData("muller")]
    [InlineData("Müller")]
    public void A_name_is_found_with_or_without_its_accents(string query) => Assert.Equal(["accented", "plain"], MullersFound(query));

    [Theory]
    [InlineData("Mül*")]
    [InlineData("müller~")]
    public void A_pattern_with_accents_finds_the_words_with_or_without_them(string query) =>
        Assert.Equal(["accented", "plain"], MullersFound(query));

    [Fact]
    public void A_minus_excludes_articles_with_the_word()
    {
        var ids = IdsFound("oil -opec",
            Article("plain", body: "Oil output rose."),
            Article("cartel", body: "Oil output rose, OPEC said."));
        Assert.Equal(["plain"], ids);
    }

    [Fact]
    public void An_exclusion_alone_finds_everything_else()
    {
        var ids = IdsFound("-opec",
            Article("plain", body: "Oil output rose."),
            Article("cartel", body: "OPEC met."));
        Assert.Equal(["plain"], ids);
    }

    [Fact]
    public void Parentheses_group_alternatives_under_a_required_word()
    {
        var ids = IdsFound("(cocoa OR coffee) AND brazil",
            Article("cocoa-brazil", body: "Cocoa from Brazil."),
            Article("coffee-brazil", body: "Coffee from Brazil."),
            Article("cocoa-ghana", body: "Cocoa from Ghana."));
        Assert.Equal(["cocoa-brazil", "coffee-brazil"], ids);
    }

    [Fact]
    public void Title_field_searches_only_titles()
    {
        var ids = IdsFound("title:merger",
            Article("title", title: "Merger agreed", body: "Two banks agreed."),
            Article("body", title: "Banks agree", body: "A merger was agreed."));
        Assert.Equal(["title"], ids);
    }

    [Fact]
    public void Bare_words_search_titles_too()
    {
        var ids = IdsFound("merger",
            Article("title", title: "Merger agreed", body: "Two banks agreed."));
        Assert.Equal(["title"], ids);
    }

    [Fact]
    public void Outlet_field_matches_a_word_of_the_outlet_name_in_any_case()
    {
        var ids = IdsFound("outlet:herald",
            Article("herald", outlet: "The Glasgow Herald"),
            Article("times", outlet: "The Times"));
        Assert.Equal(["herald"], ids);
    }

    [Fact]
    public void People_field_matches_a_full_name_as_a_phrase()
    {
        var ids = IdsFound("people:\"kim jong un\"",
            Article("kim", people: ["Kim Jong Un"]),
            Article("other-kim", people: ["Kim Dae-jung", "Un Known"]));
        Assert.Equal(["kim"], ids);
    }

    [Fact]
    public void Author_field_matches_a_word_of_the_byline()
    {
        var ids = IdsFound("author:smith",
            Article("smith", author: "Jane Smith"),
            Article("jones", author: "Tom Jones"));
        Assert.Equal(["smith"], ids);
    }

    [Fact]
    public void A_date_range_includes_both_end_days()
    {
        var ids = IdsFound("date:[2024-10-19 TO 2024-10-24]",
            Article("before", date: "2024-10-18T23:59:59"),
            Article("first", date: "2024-10-19"),
            Article("last", date: "2024-10-24T23:30:00"),
            Article("after", date: "2024-10-25"),
            Article("undated"));
        Assert.Equal(["first", "last"], ids);
    }

    [Theory]
    [InlineData("date:2024-10-19..2024-10-24", new[] { "first", "last" })]
    [InlineData("date:2024-10-19..", new[] { "after", "first", "last" })]
    [InlineData("date:..2024-10-24", new[] { "before", "first", "last" })]
    [InlineData("date:2024-10..2024-10", new[] { "after", "before", "first", "last" })]
    public void A_date_span_written_with_two_dots_takes_in_both_end_days(string query, string[] expected)
    {
        var ids = IdsFound(query,
            Article("before", date: "2024-10-18T23:59:59"),
            Article("first", date: "2024-10-19"),
            Article("last", date: "2024-10-24T23:30:00"),
            Article("after", date: "2024-10-25"),
            Article("undated"));
        Assert.Equal(expected, ids);
    }

    [Fact]
    public void An_exclusive_date_range_leaves_out_both_end_days()
    {
        var ids = IdsFound("date:{2024-10-19 TO 2024-10-21}",
            Article("first", date: "2024-10-19"),
            Article("middle", date: "2024-10-20T12:00:00"),
            Article("last", date: "2024-10-21"));
        Assert.Equal(["middle"], ids);
    }

    [Theory]
    [InlineData("date:9999-12-31")]
    [InlineData("date:9999-12")]
    [InlineData("date:9999")]
    [InlineData("date:[1987 TO 9999]")]
    [InlineData("date:<=9999")]
    public void A_date_at_the_end_of_the_calendar_is_a_period_like_any_other(string query)
    {
        var ids = IdsFound(query,
            Article("old", date: "1987-02-26"),
            Article("recent", date: "2024-10-19"));
        Assert.Equal(query.Contains("1987") || query.Contains("<=") ? ["old", "recent"] : [], ids);
    }

    [Fact]
    public void A_date_range_may_be_open_at_one_end()
    {
        var ids = IdsFound("date:[2024-10-20 TO *]",
            Article("before", date: "2024-10-19"),
            Article("on", date: "2024-10-20"),
            Article("after", date: "2025-01-01"));
        Assert.Equal(["after", "on"], ids);
    }

    [Theory]
    [InlineData("date:>=2024-10-20", new[] { "on", "after" })]
    [InlineData("date:>2024-10-20", new[] { "after" })]
    [InlineData("date:<2024-10-20", new[] { "before" })]
    [InlineData("date:<=2024-10-20", new[] { "before", "on" })]
    [InlineData("date:2024-10-20", new[] { "on" })]
    public void A_date_comparison_is_by_whole_days(string query, string[] expected)
    {
        var ids = IdsFound(query,
            Article("before", date: "2024-10-19T23:00:00"),
            Article("on", date: "2024-10-20T18:00:00"),
            Article("after", date: "2024-10-21T01:00:00"),
            Article("undated"));
        Assert.Equal(expected.Order(StringComparer.Ordinal), ids);
    }

    [Fact]
    public void A_date_may_be_a_whole_month()
    {
        var ids = IdsFound("date:2024-10",
            Article("sep", date: "2024-09-30"),
            Article("oct-first", date: "2024-10-01"),
            Article("oct-last", date: "2024-10-31T23:00:00"),
            Article("nov", date: "2024-11-01"));
        Assert.Equal(["oct-first", "oct-last"], ids);
    }

    [Fact]
    public void A_date_term_combines_with_words()
    {
        var ids = IdsFound("oil date:>=2024-10-20",
            Article("old-oil", body: "Oil.", date: "2024-10-01"),
            Article("new-oil", body: "Oil.", date: "2024-10-21"),
            Article("new-gas", body: "Gas.", date: "2024-10-21"));
        Assert.Equal(["new-oil"], ids);
    }

    [Fact]
    public void A_prefix_term_finds_words_that_start_with_it()
    {
        var ids = IdsFound("econom*",
            Article("economy", body: "The economy grew."),
            Article("economists", body: "Economists disagree."),
            Article("ecology", body: "Ecology matters."));
        Assert.Equal(["economists", "economy"], ids);
    }

    [Fact]
    public void A_wildcard_stands_for_one_letter()
    {
        var ids = IdsFound("chancel?or",
            Article("spelled", body: "The chancellor spoke."),
            Article("other", body: "The chancel was empty."));
        Assert.Equal(["spelled"], ids);
    }

    [Fact]
    public void A_fuzzy_term_finds_misspellings()
    {
        var ids = IdsFound("kremlim~",
            Article("kremlin", body: "The Kremlin said."),
            Article("other", body: "The palace said."));
        Assert.Equal(["kremlin"], ids);
    }

    [Theory]
    [InlineData("rates*", "Interest rates rose.")]
    [InlineData("companies*", "Companies reported profits.")]
    [InlineData("economies*", "Asian economies grew.")]
    [InlineData("troops*", "Troops crossed the river.")]
    public void A_prefix_term_matches_the_words_as_written_not_their_stems(string query, string body)
    {
        var ids = IdsFound(query, Article("written", body: body), Article("other", body: "Nobody crossed the river."));
        Assert.Equal(["written"], ids);
    }

    [Theory]
    [InlineData("rat?s", "Interest rates rose.")]
    [InlineData("interventi?n", "Intervention by the central bank.")]
    [InlineData("compani?s", "Companies reported profits.")]
    [InlineData("sei?me", "Un séisme a frappé la région.")]
    public void A_one_letter_wildcard_matches_the_words_as_written_not_their_stems(string query, string body)
    {
        var ids = IdsFound(query, Article("written", body: body), Article("other", body: "Nobody crossed the river."));
        Assert.Equal(["written"], ids);
    }

    [Theory]
    [InlineData("compan?", "Companies reported profits.")]
    [InlineData("econom?", "Asian economies grew.")]
    public void A_one_letter_wildcard_does_not_match_a_longer_word_whose_stem_it_fits(string query, string body) =>
        Assert.Empty(IdsFound(query, Article("longer", body: body)));

    [Fact]
    public void A_pattern_finds_the_other_inflections_of_the_words_it_matches()
    {
        var ids = IdsFound("compan?",
            Article("company", body: "The company reported a profit."),
            Article("companies", body: "Companies reported profits."),
            Article("companion", body: "His companion reported."));
        Assert.Equal(["companies", "company"], ids);
    }

    [Fact]
    public void A_fuzzy_term_ranks_a_word_one_edit_away_above_words_two_edits_away()
    {
        var first = FirstHit(new SearchRequest { QueryText = "volker~" },
            Article("two-edits", title: "Bolger asks for a meeting", body: "Bolger wants a meeting. Bolger said so."),
            Article("one-edit", body: "The dollar fell on Monday, and traders said Volcker would speak later in the week about rates."));
        Assert.Equal("one-edit", first.Id);
    }

    [Fact]
    public void Articles_holding_a_word_as_near_a_fuzzy_term_rank_by_how_much_they_are_about_it()
    {
        var first = FirstHit(new SearchRequest { QueryText = "volker~" },
            Article("least", title: "Markets", body: "Markets were quiet on Monday and traders waited for news, while Volcker was away."),
            Article("most", title: "Rates", body: "Volcker said rates would hold. Volcker spoke for an hour. Volcker left."));
        Assert.Equal("most", first.Id);
    }

    [Fact]
    public void A_fuzzy_term_with_no_edits_finds_what_the_word_finds()
    {
        var ids = IdsFound("dollar~0",
            Article("dollar", body: "The dollar fell."),
            Article("dollars", body: "Dollars were sold."),
            Article("collar", body: "The collar was blue."));
        Assert.Equal(["dollar", "dollars"], ids);
    }

    [Fact]
    public void A_fuzzy_short_word_allows_no_edit()
    {
        var ids = IdsFound("ox~",
            Article("ox", body: "An ox."),
            Article("ax", body: "An ax."));
        Assert.Equal(["ox"], ids);
    }

    [Fact]
    public void Star_colon_star_matches_every_article()
    {
        var ids = IdsFound("*:*", Article("a"), Article("b"));
        Assert.Equal(["a", "b"], ids);
    }

    [Fact]
    public void An_empty_query_matches_every_article()
    {
        var ids = IdsFound("  ", Article("a"), Article("b"));
        Assert.Equal(["a", "b"], ids);
    }

    [Fact]
    public void Curly_quotes_make_a_phrase_like_straight_ones()
    {
        var ids = IdsFound("\u201Cinterest rates\u201D",
            Article("together", body: "Interest rates went up."),
            Article("apart", body: "Rates of interest went up."));
        Assert.Equal(["together"], ids);
    }

    [Fact]
    public void A_slash_is_ordinary_text()
    {
        var ids = IdsFound("24/7 news",
            Article("slash", body: "Rolling 24/7 news."),
            Article("none", body: "Evening news."));
        Assert.Equal(["slash"], ids);
    }

    [Fact]
    public void A_quoted_date_is_that_date()
    {
        var ids = IdsFound("date:\"2024-10-20\"",
            Article("on", date: "2024-10-20T12:00:00"),
            Article("after", date: "2024-10-21T12:00:00"));
        Assert.Equal(["on"], ids);
    }

    [Fact]
    public void A_query_of_punctuation_only_says_it_holds_no_words()
    {
        using var index = Build(Article("a", body: "Prices rose 5%."));
        using var searcher = index.OpenSearcher();

        var result = searcher.Search(new SearchRequest { QueryText = "$ %" });

        Assert.Equal(["the query holds no words, only punctuation, which is not searched"], result.Warnings);
    }

    [Fact]
    public void A_query_of_stopwords_only_finds_nothing()
    {
        var ids = IdsFound("the of", Article("a", body: "The state of things."));
        Assert.Empty(ids);
    }

    [Fact]
    public void A_query_of_stopwords_only_says_to_quote_them()
    {
        using var index = Build(Article("a", body: "The state of things."));
        using var searcher = index.OpenSearcher();

        var result = searcher.Search(new SearchRequest { QueryText = "the of" });

        Assert.Equal(["the query is only stop words, which are left out unless quoted: \"the of\""], result.Warnings);
    }

    [Fact]
    public void Stop_words_still_being_typed_say_nothing_yet()
    {
        using var index = Build(Article("a", body: "The state of things."));
        using var searcher = index.OpenSearcher();

        Assert.Empty(searcher.Search(new SearchRequest { QueryText = "the ", AsTyped = true }).Warnings);
    }

    [Fact]
    public void An_empty_index_finds_nothing_and_counts_nothing()
    {
        using var index = Build();
        using var searcher = index.OpenSearcher();

        var result = searcher.Search(new SearchRequest { QueryText = "oil" });

        Assert.Equal(0, result.Total);
        Assert.All(result.Facets.Values, Assert.Empty);
    }
}
