using SearchEngine.Indexing.Schema;
using SearchEngine.Querying.Search;
using SearchEngine.Querying.Search.Cluster;

namespace SearchEngine.Tests.Cluster;

/// <summary>The user's query text as the cluster's query_string is given it: the same meaning, our field names and dates mapped.</summary>
public class SearchQueryTextTests
{
    private static string? Rewritten(string query, bool asTyped = false)
    {
        using var analyzer = ArticleSchema.CreateAnalyzer();
        return ClusterQueryText.Rewrite(query, asTyped, analyzer);
    }

    [Theory]
    [InlineData("opec oil", "opec oil")]
    [InlineData("\"kim jong un\" -iran", "\"kim jong un\" -iran")]
    [InlineData("oil AND (opec OR saudi)", "oil AND (opec OR saudi)")]
    [InlineData("econom* chancel?or kremlin~ oil^2", "econom* chancel?or kremlin~ oil^2")]
    public void Words_phrases_operators_wildcards_and_boosts_pass_unchanged(string query, string sent) =>
        Assert.Equal(sent, Rewritten(query));

    [Theory]
    [InlineData("outlet:reuters", "outlet_text:reuters")]
    [InlineData("People:\"Kim Jong Un\"", "people_text:\"Kim Jong Un\"")]
    [InlineData("author:(jane OR doe)", "author_text:(jane OR doe)")]
    [InlineData("title:oil body:opec", "title:oil body:opec")]
    public void A_user_field_name_becomes_the_field_it_is_searched_in(string query, string sent) =>
        Assert.Equal(sent, Rewritten(query));

    [Theory]
    [InlineData("\"outlet:reuters\"", "\"outlet:reuters\"")]
    [InlineData("outlet\\:reuters", "outlet\\:reuters")]
    [InlineData("oil 24/7", "oil 24\\/7")]
    public void A_field_name_inside_a_phrase_or_escaped_is_text_and_stays_as_written(string query, string sent) =>
        Assert.Equal(sent, Rewritten(query));

    [Theory]
    [InlineData("date:2024-10-18", "date_sort:[1729209600 TO 1729296000}")]
    [InlineData("date:2024-10", "date_sort:[1727740800 TO 1730419200}")]
    [InlineData("date:>=2024-10-18", "date_sort:[1729209600 TO *}")]
    [InlineData("date:>2024-10-18", "date_sort:[1729296000 TO *}")]
    [InlineData("date:<2024-10-18", "date_sort:[* TO 1729209600}")]
    [InlineData("date:<=2024-10-18", "date_sort:[* TO 1729296000}")]
    public void A_date_becomes_the_range_of_seconds_it_covers(string query, string sent) =>
        Assert.Equal(sent, Rewritten(query));

    [Theory]
    [InlineData("date:[2024-10-18 TO 2024-10-20]", "date_sort:[1729209600 TO 1729468800}")]
    [InlineData("date:{2024-10-18 TO 2024-10-20}", "date_sort:[1729296000 TO 1729382400}")]
    [InlineData("date:[2024-10-18 TO *]", "date_sort:[1729209600 TO *}")]
    [InlineData("date:[\"2024-10-18\" TO \"2024-10-19\"]", "date_sort:[1729209600 TO 1729382400}")]
    public void A_date_range_becomes_the_seconds_from_its_first_to_its_last_day_taken_in(string query, string sent) =>
        Assert.Equal(sent, Rewritten(query));

    [Theory]
    [InlineData("date:2024-10-18..2024-10-20", "date_sort:[1729209600 TO 1729468800}")]
    [InlineData("date:2024-10-18..", "date_sort:[1729209600 TO *}")]
    [InlineData("date:..2024-10-18", "date_sort:[* TO 1729296000}")]
    public void A_date_span_becomes_the_seconds_from_its_first_to_its_last_day_taken_in(string query, string sent) =>
        Assert.Equal(sent, Rewritten(query));

    [Fact]
    public void Each_date_of_a_group_under_date_becomes_its_range() =>
        Assert.Equal("oil (date_sort:[1729209600 TO 1729296000} OR date_sort:[1729382400 TO 1729468800})^2",
            Rewritten("oil date:(2024-10-18 OR 2024-10-20)^2"));

    [Fact]
    public void The_word_being_typed_also_finds_the_words_it_begins() =>
        Assert.Equal("oil (petr OR petr*)", Rewritten("oil petr", asTyped: true));

    [Fact]
    public void A_phrase_left_open_while_typing_is_closed() =>
        Assert.Equal("\"kim jong\"", Rewritten("\"kim jong", asTyped: true));

    [Theory]
    [InlineData("")]
    [InlineData("*:*")]
    public void A_query_matching_everything_is_sent_as_none(string query) => Assert.Null(Rewritten(query));

    [Theory]
    [InlineData("date:yesterday")]
    [InlineData("oil AND")]
    [InlineData("colour:red")]
    [InlineData("price:[1 TO 5]")]
    public void A_query_the_local_engine_refuses_is_refused_here_too(string query) =>
        Assert.Throws<QuerySyntaxException>(() => Rewritten(query));
}
