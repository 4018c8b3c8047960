namespace SearchEngine.Tests.Sources.Html;

/// <summary>Blocks inside the element chosen as the article that are mostly link text.</summary>
public class LinkListTests
{
    private const string Opening = """
        <p>The council approved the new budget on Tuesday after a debate that lasted most of the night, with the vote split along the lines drawn in the spring.</p>
        """;

    private const string Closing = """
        <p>The budget now goes to the regional assembly, which has until the end of the month to raise objections or send it back to the council for changes.</p>
        """;

    /// <summary>The block between a story's opening and closing paragraphs, pruned.</summary>
    private static string Pruned(string block) => ChosenElement.Pruned(Opening + block + Closing);

    [Fact]
    public void A_paragraph_whose_links_are_words_of_its_sentences_is_the_story()
    {
        var text = Pruned("""
            <p><a href="/a">Harbour works</a> remained first, along with <a href="/b">road repairs</a> and <a href="/c">school meals</a>. <a href="/d">Libraries</a> and <a href="/e">public parks</a> both came third.</p>
            """);
        Assert.Contains("Harbour works remained first", text);
    }

    [Fact]
    public void A_list_item_opening_with_a_linked_name_and_going_on_in_lower_case_is_the_story()
    {
        var text = Pruned("""
            <ul><li><a href="/a">Harbour and waterfront works</a> came first.</li></ul>
            """);
        Assert.Contains("Harbour and waterfront works came first.", text);
    }

    [Fact]
    public void Linked_headlines_ending_in_full_stops_are_still_a_link_list()
    {
        var text = Pruned("""
            <p><a href="/a">Mayor opens new harbour wall.</a> <a href="/b">Storm closes coast road.</a></p>
            """);
        Assert.DoesNotContain("Mayor opens new harbour wall", text);
    }

    [Fact]
    public void A_labelled_link_ending_in_a_full_stop_is_still_a_link_list()
    {
        var text = Pruned("""
            <p>Read more: <a href="/a">Mayor opens the new harbour wall after years of delays.</a></p>
            """);
        Assert.DoesNotContain("Mayor opens the new harbour wall", text);
    }
}
