using System.Text;
using SearchEngine.Querying.Search;
using SearchEngine.Tests.Support;
using static SearchEngine.Tests.Search.SearchTestHelpers;
using static SearchEngine.Tests.Support.TestIndex;

namespace SearchEngine.Tests.Search;

public sealed class SearchHighlightTests
{
    private static SearchHit FirstHit(string query, params SearchEngine.Indexing.Extraction.Article[] articles) =>
        SearchTestHelpers.FirstHit(new SearchRequest { QueryText = query }, articles);

    private static MarkedText WholeArticle(string query, SearchEngine.Indexing.Extraction.Article article)
    {
        using var index = Build(article);
        using var searcher = index.OpenSearcher();
        return searcher.HighlightArticle(article.Id, query)!;
    }

    /// <summary>Words w0000 w0001 …: every word is unique, so a fragment's words show where it was cut.</summary>
    private static string NumberedWords(int from, int count) =>
        string.Join(' ', Enumerable.Range(from, count).Select(i => $"w{i:0000}"));

    [Fact]
    public void Every_inflection_of_a_searched_word_is_marked()
    {
        var hit = FirstHit("troop", Article("a", body: "Troops crossed; one troop stayed."));

        Assert.Equal("[Troops] crossed; one [troop] stayed.", Render(hit.Snippets[0]));
    }

    [Fact]
    public void A_phrase_is_marked_whole_and_only_where_its_words_stand_together()
    {
        var hit = FirstHit("\"prime minister\"",
            Article("a", body: "The prime minister met a minister who was once prime."));

        Assert.Equal("The [prime minister] met a minister who was once prime.", Render(hit.Snippets[0]));
    }

    [Fact]
    public void A_phrase_with_a_stopword_inside_is_marked_across_it()
    {
        var hit = FirstHit("\"bank of england\"", Article("a", body: "Said the Bank of England today."));

        Assert.Equal("Said the [Bank of England] today.", Render(hit.Snippets[0]));
    }

    [Fact]
    public void A_phrase_of_stop_words_is_marked_only_where_it_stands_whole()
    {
        var hit = FirstHit("\"will not serve\"", Article("a", body: "He will serve; he said he will not serve again; not now."));

        Assert.Equal("He will serve; he said he [will not serve] again; not now.", Render(hit.Snippets[0]));
    }

    [Fact]
    public void A_bare_stop_word_is_not_marked()
    {
        var hit = FirstHit("the troops", Article("a", body: "The troops crossed the river."));

        Assert.Equal("The [troops] crossed the river.", Render(hit.Snippets[0]));
    }

    [Fact]
    public void A_name_searched_without_accents_is_marked_where_the_text_has_them()
    {
        var hit = FirstHit("muller", Article("a", body: "Moritz Müller said so."));

        Assert.Equal("Moritz [Müller] said so.", Render(hit.Snippets[0]));
    }

    [Fact]
    public void Words_matched_by_a_prefix_are_marked()
    {
        var hit = FirstHit("econom*", Article("a", body: "The economy and economists, not ecology."));

        Assert.Equal("The [economy] and [economists], not ecology.", Render(hit.Snippets[0]));
    }

    [Fact]
    public void Words_a_pattern_matches_as_written_are_marked_with_their_other_inflections()
    {
        var hit = FirstHit("rates*", Article("a", body: "Rates rose, and the rate fell, not the ratio."));

        Assert.Equal("[Rates] rose, and the [rate] fell, not the ratio.", Render(hit.Snippets[0]));
    }

    [Fact]
    public void Words_matched_by_a_wildcard_are_marked()
    {
        var hit = FirstHit("chancel?or", Article("a", body: "The chancellor, not the chancel."));

        Assert.Equal("The [chancellor], not the chancel.", Render(hit.Snippets[0]));
    }

    [Fact]
    public void Words_matched_by_a_fuzzy_term_are_marked()
    {
        var hit = FirstHit("kremlim~", Article("a", body: "The Kremlin said."));

        Assert.Equal("The [Kremlin] said.", Render(hit.Snippets[0]));
    }

    [Fact]
    public void Excluded_words_are_not_marked()
    {
        var hit = FirstHit("oil -(gas AND coal)", Article("a", body: "Oil rose; gas too."));

        Assert.Equal("[Oil] rose; gas too.", Render(hit.Snippets[0]));
    }

    [Fact]
    public void The_title_carries_its_own_marks()
    {
        var hit = FirstHit("merger", Article("a", title: "Bank merger agreed", body: "A merger."));

        Assert.Equal("Bank [merger] agreed", Render(hit.Title, hit.TitleMarks));
    }

    [Fact]
    public void A_hit_that_matches_only_in_its_title_shows_the_opening_of_its_body()
    {
        var body = NumberedWords(0, 100);

        var hit = FirstHit("title:merger", Article("a", title: "Merger agreed", body: body + " merger"));

        var snippet = Assert.Single(hit.Snippets);
        Assert.StartsWith("w0000 w0001", snippet.Text);
        Assert.Empty(snippet.Marks);
    }

    [Fact]
    public void Fragments_begin_and_end_at_word_boundaries()
    {
        var body = $"{NumberedWords(0, 200)} gold {NumberedWords(200, 200)} gold {NumberedWords(400, 200)}";

        var hit = FirstHit("gold", Article("a", body: body));

        Assert.Equal(2, hit.Snippets.Count);
        var bodyWords = body.Split(' ').ToHashSet();
        Assert.All(hit.Snippets, s => Assert.All(s.Text.Split(' ').Where(w => w != MarkedText.Cut), word => Assert.Contains(word, bodyWords)));
    }

    [Fact]
    public void A_fragment_cut_inside_a_sentence_shows_an_ellipsis_at_each_cut()
    {
        var hit = FirstHit("gold", Article("a", body: $"{NumberedWords(0, 200)} gold {NumberedWords(200, 200)}."));

        var snippet = Render(hit.Snippets[0]);
        Assert.StartsWith("\u2026 w", snippet);
        Assert.EndsWith(" \u2026", snippet);
        Assert.Contains(" [gold] ", snippet);
    }

    [Fact]
    public void A_cut_between_chinese_or_japanese_characters_shows_its_ellipsis_without_a_space()
    {
        var body = string.Concat(Enumerable.Repeat("会議が開かれ", 60)) + "東京" + string.Concat(Enumerable.Repeat("会議が開かれ", 60)) + "。";

        var text = FirstHit("東京", Article("a", body: body)).Snippets[0].Text;

        Assert.Matches("^\u2026[^ ]", text);
        Assert.Matches("[^ ]\u2026$", text);
    }

    [Fact]
    public void Fragments_are_about_160_characters_and_never_above_200()
    {
        var body = $"{NumberedWords(0, 200)} gold {NumberedWords(200, 200)} gold {NumberedWords(400, 200)} gold {NumberedWords(600, 100)}";

        var hit = FirstHit("gold", Article("a", body: body));

        Assert.Equal(3, hit.Snippets.Count);
        Assert.All(hit.Snippets, s => Assert.InRange(s.Text.Length, 140, 200));
    }

    [Fact]
    public void Fragments_holding_more_distinct_words_come_before_fragments_with_more_hits()
    {
        var oneWordOnce = $"{NumberedWords(0, 60)} silver {NumberedWords(60, 60)}";
        var oneWordThrice = $"gold and gold and gold {NumberedWords(120, 60)}";
        var bothWords = $"gold and silver {NumberedWords(180, 60)}";
        var body = $"{oneWordOnce} {oneWordThrice} {bothWords}";

        var hit = FirstHit("gold OR silver", Article("a", body: body));

        Assert.Equal([["gold", "silver"], ["gold", "gold", "gold"], ["silver"]], hit.Snippets.Select(s => MarkedWords(s).ToArray()));
    }

    [Fact]
    public void The_number_of_fragments_is_the_callers_choice()
    {
        var body = $"gold {NumberedWords(0, 100)} gold {NumberedWords(100, 100)}";
        using var index = Build(Article("a", body: body));
        using var searcher = index.OpenSearcher();

        var hit = searcher.Search(new SearchRequest { QueryText = "gold", SnippetsPerHit = 1 }).Hits[0];

        Assert.Single(hit.Snippets);
    }

    [Fact]
    public void A_fragment_is_the_whole_sentence_holding_its_hit()
    {
        var body = $"{NumberedWords(0, 40)}. The gold price rose sharply on Monday as traders sold the dollar. Then {NumberedWords(40, 40)}.";

        var hit = FirstHit("gold", Article("a", body: body));

        Assert.Equal("The [gold] price rose sharply on Monday as traders sold the dollar.", Render(hit.Snippets[0]));
    }

    [Fact]
    public void A_fragment_goes_on_with_the_next_sentences_of_its_paragraph_while_they_fit()
    {
        var body = $"{NumberedWords(0, 40)}. Gold rose. Silver fell. Copper was flat. Then {NumberedWords(40, 40)}.";

        var hit = FirstHit("gold", Article("a", body: body));

        Assert.Equal("[Gold] rose. Silver fell. Copper was flat.", Render(hit.Snippets[0]));
    }

    [Fact]
    public void A_fragment_stops_at_the_end_of_its_paragraph()
    {
        var hit = FirstHit("gold", Article("a", body: "Gold rose on Monday.\n\nThe central bank met on Tuesday."));

        Assert.Equal("[Gold] rose on Monday.", Render(hit.Snippets[0]));
    }

    [Fact]
    public void Hits_spanning_two_sentences_show_the_sentence_that_holds_every_searched_word()
    {
        var body = $"{NumberedWords(0, 40)} gold. Gold and silver rose on Monday. Then {NumberedWords(40, 40)}.";

        var hit = FirstHit("gold AND silver", Article("a", body: body));

        Assert.Equal("[Gold] and [silver] rose on Monday.", Render(hit.Snippets[0]));
    }

    [Fact]
    public void A_whole_sentence_holding_every_searched_word_comes_before_a_cut_passage_with_more_hits()
    {
        var body = $"Gold and silver rose on Monday. Then {NumberedWords(0, 40)} gold and silver and gold. Gold slipped {NumberedWords(40, 40)}.";

        var hit = FirstHit("gold AND silver", Article("a", body: body));

        Assert.Equal("[Gold] and [silver] rose on Monday.", Render(hit.Snippets[0]));
    }

    [Fact]
    public void A_stop_after_a_title_or_an_initial_ends_no_sentence()
    {
        var hit = FirstHit("gold", Article("a", body: $"{NumberedWords(0, 40)}. Mr. Kim and J. Smith sold gold on Oct. 23 in Seoul. Then {NumberedWords(40, 40)}."));

        Assert.Equal("Mr. Kim and J. Smith sold [gold] on Oct. 23 in Seoul.", Render(hit.Snippets[0]));
    }

    [Fact]
    public void A_sentence_too_long_for_a_fragment_is_cut_at_words_and_the_next_sentence_is_left_out()
    {
        var body = $"{NumberedWords(0, 60)} gold ended the day. The next sentence begins here.";

        var hit = FirstHit("gold", Article("a", body: body));

        Assert.StartsWith("\u2026 w", Render(hit.Snippets[0]));
        Assert.EndsWith("[gold] ended the day.", Render(hit.Snippets[0]));
        Assert.InRange(hit.Snippets[0].Text.Length, 140, 200);
    }

    [Fact]
    public void A_chinese_or_japanese_fragment_is_the_sentence_ending_at_its_full_stop()
    {
        var hit = FirstHit("東京", Article("a", body: "昨日は雨だった。東京で会議が開かれた。大阪は晴れた。"));

        Assert.Equal("[東京]で会議が開かれた。大阪は晴れた。", Render(hit.Snippets[0]));
    }

    [Fact]
    public void Line_breaks_and_runs_of_spaces_in_a_fragment_become_single_spaces()
    {
        var hit = FirstHit("oil", Article("a", body: "Prices\n    rose   and oil\toutput\r\nfell."));

        Assert.Equal("Prices rose and [oil] output fell.", Render(hit.Snippets[0]));
    }

    [Fact]
    public void Accented_words_are_marked_whole()
    {
        var hit = FirstHit("président", Article("a", body: "Le président Macron a déclaré."));

        Assert.Equal("Le [président] Macron a déclaré.", Render(hit.Snippets[0]));
    }

    [Fact]
    public void Curly_quotes_around_a_phrase_stay_outside_its_mark()
    {
        var hit = FirstHit("\"interest rates\"", Article("a", body: "He said \u201Cinterest rates\u201D would rise."));

        Assert.Equal("He said \u201C[interest rates]\u201D would rise.", Render(hit.Snippets[0]));
    }

    [Fact]
    public void A_chinese_or_japanese_word_is_marked_whole_as_a_phrase_is()
    {
        var hit = FirstHit("東京", Article("a", body: "昨日東京で会議が開かれた。"));

        Assert.Equal("昨日[東京]で会議が開かれた。", Render(hit.Snippets[0]));
    }

    [Fact]
    public void A_fragment_of_text_without_spaces_is_cut_between_characters()
    {
        var body = string.Concat(Enumerable.Repeat("会議が開かれた。", 60)) + "東京" + string.Concat(Enumerable.Repeat("会議が開かれた。", 60));

        var hit = FirstHit("東京", Article("a", body: body));

        var snippet = hit.Snippets[0];
        Assert.InRange(snippet.Text.Length, 100, 200);
        Assert.Contains("[東京]", Render(snippet));
    }

    [Fact]
    public void A_cut_never_splits_an_emoji()
    {
        var emojis = string.Concat(Enumerable.Repeat("ab\U0001F680\U0001F44D\U0001F3FD", 80));
        var hit = FirstHit("gold", Article("a", body: $"{emojis} gold {emojis}"));

        var text = hit.Snippets[0].Text;
        Assert.False(char.IsLowSurrogate(text[0]));
        Assert.False(char.IsHighSurrogate(text[^1]));
        Assert.False(text.StartsWith("\U0001F3FD", StringComparison.Ordinal), "a skin tone cut from its emoji");
        Assert.False(text.EndsWith("\U0001F44D", StringComparison.Ordinal), "an emoji cut from its skin tone");
        Assert.Contains("[gold]", Render(hit.Snippets[0]));
    }

    [Fact]
    public void A_two_megabyte_body_still_gives_short_fragments()
    {
        var paragraph = NumberedWords(0, 1000) + " ";
        var body = new StringBuilder();
        while (body.Length < 2_000_000) body.Append(paragraph).Append("gold ");

        var hit = FirstHit("gold", Article("a", body: body.ToString()));

        Assert.Equal(3, hit.Snippets.Count);
        Assert.All(hit.Snippets, s => Assert.InRange(s.Text.Length, 1, 200));
    }

    [Fact]
    public void The_article_view_marks_every_match_in_the_whole_body()
    {
        var body = $"Gold rose.\n{NumberedWords(0, 300)}\nGold fell, said the gold desk.";

        var article = WholeArticle("gold", Article("a", body: body));

        Assert.Equal(body, article.Text);
        Assert.Equal(["Gold", "Gold", "gold"], MarkedWords(article));
    }

    [Fact]
    public void The_article_view_of_an_unknown_id_is_null()
    {
        using var index = Build(Article("a", body: "Gold."));
        using var searcher = index.OpenSearcher();

        Assert.Null(searcher.HighlightArticle("missing", "gold"));
    }

    [Fact]
    public void The_article_view_of_a_malformed_query_throws_a_syntax_error()
    {
        using var index = Build(Article("a", body: "Gold."));
        using var searcher = index.OpenSearcher();

        Assert.Throws<QuerySyntaxException>(() => searcher.HighlightArticle("a", "\"gold"));
    }
}
