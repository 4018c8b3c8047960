using SearchEngine.Indexing.Schema;
using SearchEngine.Querying.Search;
using SearchEngine.Querying.Search.Parsing;
using SearchEngine.Tests.Support;
using static SearchEngine.Tests.Support.TestIndex;

namespace SearchEngine.Tests.Search;

public sealed class SearchQueryErrorTests : IDisposable
{
    private readonly TestIndex _index = Build(
        Article("a", body: "Oil prices rose as the economy, economists and ecologists expected."),
        Article("b", body: "Second article about shipping."));

    private readonly ArticleSearcher _searcher;

    public SearchQueryErrorTests() => _searcher = _index.OpenSearcher();

    public void Dispose()
    {
        _searcher.Dispose();
        _index.Dispose();
    }

    private QuerySyntaxException Error(string query) =>
        Assert.Throws<QuerySyntaxException>(() => _searcher.Search(new SearchRequest { QueryText = query }));

    [Fact]
    public void An_unbalanced_quote_is_reported_at_the_column_where_it_opens()
    {
        var error = Error("oil prices \"rose");
        Assert.Equal("unbalanced quote at column 12", error.Message);
        Assert.Equal(12, error.Column);
    }

    [Fact]
    public void An_unclosed_parenthesis_is_reported_where_it_opens()
    {
        var error = Error("oil AND (prices OR rates");
        Assert.Equal(9, error.Column);
        Assert.Contains("unclosed '('", error.Message);
    }

    [Fact]
    public void A_closing_parenthesis_without_an_opening_one_is_reported_where_it_stands()
    {
        var error = Error("oil prices)");
        Assert.Equal(11, error.Column);
        Assert.Contains("unmatched ')'", error.Message);
    }

    [Fact]
    public void A_negative_proximity_is_refused_at_the_tilde()
    {
        var error = Error("\"oil prices\"~-1");
        Assert.Equal(13, error.Column);
        Assert.Contains("'~-1' at column 13", error.Message);
    }

    [Fact]
    public void A_proximity_that_is_not_a_number_is_refused_rather_than_ignored()
    {
        var error = Error("\"oil prices\"~abc");
        Assert.Equal(13, error.Column);
    }

    [Fact]
    public void A_negative_fuzziness_is_refused_in_our_words()
    {
        var error = Error("oil~-1");
        Assert.Equal(4, error.Column);
        Assert.Contains("a word takes ~", error.Message);
    }

    [Theory]
    [InlineData("\"oil prices\"~2")]
    [InlineData("oil~")]
    [InlineData("oil~1")]
    [InlineData("oil~0.8")]
    [InlineData("oil^2")]
    public void A_tilde_or_caret_with_a_number_still_reads(string query) =>
        Assert.Equal(1, _searcher.Search(new SearchRequest { QueryText = query }).Total);

    [Fact]
    public void A_boost_that_is_not_a_number_is_refused_in_our_words()
    {
        var error = Error("oil^-1");
        Assert.Equal(4, error.Column);
        Assert.Contains("^ takes a positive number", error.Message);
    }

    [Fact]
    public void OR_after_AND_without_parentheses_is_refused_with_both_readings()
    {
        var error = Error("oil AND prices OR shipping");
        Assert.Equal(16, error.Column);
        Assert.Contains("'(oil AND prices) OR shipping' (AND first)", error.Message);
        Assert.Contains("'oil AND (prices OR shipping)' (OR first)", error.Message);
    }

    [Fact]
    public void OR_after_words_side_by_side_is_refused_with_both_readings()
    {
        var error = Error("oil prices OR shipping");
        Assert.Contains("'(oil prices) OR shipping' (AND first)", error.Message);
        Assert.Contains("'oil (prices OR shipping)' (OR first)", error.Message);
    }

    [Fact]
    public void OR_mixed_with_AND_inside_parentheses_is_refused_there()
    {
        var error = Error("title:(oil OR prices shipping)");
        Assert.Contains("'title:(oil OR (prices shipping))'", error.Message);
    }

    [Theory]
    [InlineData("(oil AND prices) OR shipping", 2)]
    [InlineData("oil OR shipping -prices", 1)]
    public void OR_with_parentheses_or_an_exclusion_still_reads(string query, int total) =>
        Assert.Equal(total, _searcher.Search(new SearchRequest { QueryText = query }).Total);

    [Fact]
    public void A_wildcard_inside_a_phrase_is_refused_where_it_stands()
    {
        var error = Error("\"oil pri*\"");
        Assert.Equal(9, error.Column);
        Assert.Contains("wildcard inside quotes", error.Message);
    }

    [Fact]
    public void A_wildcard_inside_a_phrase_is_shown_the_query_without_the_quotes()
    {
        var error = Error("\"oil pri*\" rose");
        Assert.Equal("without the quotes, oil pri* rose finds the words anywhere", error.Hint);
    }

    [Fact]
    public void A_question_mark_ending_a_quoted_word_is_punctuation()
    {
        var result = _searcher.Search(new SearchRequest { QueryText = "\"oil prices rose?\"" });
        Assert.Equal(1, result.Total);
    }

    [Fact]
    public void A_date_ending_in_a_wildcard_is_told_the_whole_period_it_falls_in()
    {
        var error = Error("date:2024-10-1*");
        Assert.StartsWith("date: takes no wildcards; write date:2024-10 for the whole period", error.Message);
    }

    [Fact]
    public void A_query_of_too_many_words_is_told_to_use_fewer_rather_than_to_retry_them()
    {
        var error = Error(string.Join(' ', Enumerable.Range(0, 1500).Select(i => $"w{i}")));
        Assert.Equal("search with fewer words, at most 1024", error.Hint);
    }

    [Fact]
    public void A_parenthesis_inside_quotes_is_just_text()
    {
        var result = _searcher.Search(new SearchRequest { QueryText = "(\"oil prices (rose\")" });
        Assert.Equal(1, result.Total);
    }

    [Fact]
    public void An_operator_with_nothing_after_it_is_reported_at_the_operator()
    {
        var error = Error("oil AND");
        Assert.Equal(5, error.Column);
        Assert.Contains("'AND'", error.Message);
    }

    [Fact]
    public void An_operator_where_a_word_belongs_is_reported_as_unexpected()
    {
        var error = Error("oil (OR prices)");
        Assert.Equal("unexpected 'OR' at column 6", error.Message);
    }

    [Fact]
    public void Columns_count_characters_the_user_typed_even_after_escaped_slashes()
    {
        var error = Error("a/b c/d AND");
        Assert.Equal(9, error.Column);
    }

    [Fact]
    public void An_unknown_field_is_named_with_the_fields_there_are()
    {
        var error = Error("oil colour:red");
        Assert.Equal(5, error.Column);
        Assert.Contains("unknown field 'colour'", error.Message);
        Assert.Contains("people", error.Message);
    }

    [Fact]
    public void A_date_that_is_not_a_date_is_refused()
    {
        var error = Error("date:>=2024-13-01");
        Assert.Equal("'2024-13-01' at column 8 is not a date; write 2024-10-19, 2024-10 or 2024, or a span such as 2024-10-19..2024-10-23", error.Message);
    }

    [Theory]
    [InlineData("date:2024-13-01")]
    [InlineData("date:2024-10-23..2024-10-19")]
    [InlineData("date:[2024-10-23 TO 2024-10-19]")]
    public void A_wrong_date_says_how_dates_are_written(string query) =>
        Assert.StartsWith("dates are written date:2024-10-19", Error(query).Hint);

    [Fact]
    public void A_date_span_with_a_wrong_end_names_that_end_and_where_it_starts()
    {
        var error = Error("oil date:2024-10-19..2024-10-32");
        Assert.StartsWith("'2024-10-32' at column 22 is not a date", error.Message);
        Assert.Equal(22, error.Column);
    }

    [Theory]
    [InlineData("date:2024-10-23..2024-10-19", "'2024-10-23..2024-10-19' ends before it starts")]
    [InlineData("date:[2024-10-23 TO 2024-10-19]", "the date range ends before it starts")]
    public void A_date_span_that_ends_before_it_starts_is_refused(string query, string message)
    {
        var error = Error(query);
        Assert.StartsWith(message, error.Message);
        Assert.Equal(6, error.Column);
    }

    [Fact]
    public void A_date_span_with_no_date_on_either_side_is_refused() =>
        Assert.StartsWith("'..' names no date on either side of ..", Error("date:..").Message);

    [Fact]
    public void A_range_over_words_is_refused()
    {
        var error = Error("oil title:[a TO c]");
        Assert.Contains("ranges work on dates only", error.Message);
        Assert.Equal(11, error.Column);
    }

    [Fact]
    public void A_leading_wildcard_is_refused_before_it_scans_the_index()
    {
        var error = Error("oil *conomy");
        Assert.Contains("starts with a wildcard", error.Message);
        Assert.Equal(5, error.Column);
    }

    [Fact]
    public void A_pattern_that_expands_to_too_many_words_is_refused()
    {
        using var reader = _index.OpenReader(out var directory);
        using var analyzer = ArticleSchema.CreateAnalyzer();
        var parser = new ArticleQueryParser(reader, analyzer, maxExpansion: 2);

        var error = Assert.Throws<QuerySyntaxException>(() => parser.Parse("oil ec*"));

        Assert.Contains("'ec*' at column 5 matches more than 2 words", error.Message);
        directory.Dispose();
    }

    [Fact]
    public void A_pattern_within_the_expansion_limit_runs()
    {
        using var reader = _index.OpenReader(out var directory);
        using var analyzer = ArticleSchema.CreateAnalyzer();
        var parser = new ArticleQueryParser(reader, analyzer, maxExpansion: 2);

        var query = parser.Parse("econom*");

        Assert.NotNull(query);
        directory.Dispose();
    }

    [Fact]
    public void A_word_being_typed_whose_prefix_expands_too_far_is_searched_as_the_word_alone()
    {
        using var reader = _index.OpenReader(out var directory);
        using var analyzer = ArticleSchema.CreateAnalyzer();
        var parser = new ArticleQueryParser(reader, analyzer, maxExpansion: 2);

        var query = parser.Parse("oil ec", asTyped: true);

        Assert.DoesNotContain("body:ec*", query.ToString(), StringComparison.Ordinal);
        directory.Dispose();
    }

    [Fact]
    public void A_trailing_backslash_is_reported()
    {
        var error = Error("oil \\");
        Assert.Equal(5, error.Column);
    }

    [Theory]
    [InlineData("oil AND")]
    [InlineData("oil prices \"rose")]
    [InlineData("(oil")]
    [InlineData("colour:red")]
    [InlineData("*conomy")]
    [InlineData("title:[a TO")]
    [InlineData("oil^ \\")]
    [InlineData("NOT")]
    public void Any_text_retried_as_plain_words_parses(string query)
    {
        var plain = ArticleQueryParser.ToPlainWords(query);
        var result = _searcher.Search(new SearchRequest { QueryText = plain });
        Assert.True(result.Total >= 0);
    }

    [Fact]
    public void Plain_words_still_find_the_words()
    {
        var result = _searcher.Search(new SearchRequest { QueryText = ArticleQueryParser.ToPlainWords("oil AND (prices") });
        Assert.Equal(["a"], result.Hits.Select(h => h.Id));
    }
}
