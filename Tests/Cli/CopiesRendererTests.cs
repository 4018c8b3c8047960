using System.Text.Json;
using SearchEngine.Indexing.Dedup;
using SearchEngine.Querying.Cli.Rendering;
using SearchEngine.Querying.Search;
using static SearchEngine.Tests.Cli.Results;

namespace SearchEngine.Tests.Cli;

public sealed class CopiesRendererTests
{
    [Fact]
    public void The_similar_table_s_columns_start_under_their_headings()
    {
        var copies = new[]
        {
            new SimilarArticle(Hit("feed/copy-with-a-long-id", outlet: "Sweden Herald") with { ShortId = "feed/copy" }, 0.9, 1.0, IsRepresentative: false),
            new SimilarArticle(Hit("feed/wire", outlet: "Wire", date: null), 0.42, 0.5, IsRepresentative: true),
        };

        var lines = CopiesRenderer.SimilarText(Hit("feed/other"), copies, [], _ => null).Split('\n');

        var header = lines[1];
        foreach (var heading in new[] { "ID", "OUTLET", "DATE", "TITLE" })
        {
            var column = header.IndexOf(heading, StringComparison.Ordinal);
            Assert.All(lines[2..4], row => Assert.Equal((' ', true), (row[column - 1], row[column] != ' ')));
        }
        Assert.Equal(header.IndexOf("CONTAINED", StringComparison.Ordinal) + "CONTAINED".Length, lines[2].IndexOf('%', 10) + 1);
    }

    [Fact]
    public void One_copy_is_counted_in_the_singular()
    {
        var copies = new[] { new SimilarArticle(Hit("feed/wire"), 0.5, 0.5, IsRepresentative: true) };

        Assert.StartsWith("1 copy of feed/other:", CopiesRenderer.SimilarText(Hit("feed/other"), copies, [], _ => null));
    }

    [Fact]
    public void The_diff_header_shows_an_escape_in_an_id_or_outlet_as_a_picture()
    {
        var first = Hit("feed/\u001b[2Jwire", title: "Wire story", outlet: "Evil\u001b[31m Wire");
        var second = Hit("feed/copy", title: "Copy", outlet: "Paper");

        var text = CopiesRenderer.DiffText(new ArticleDiff(first, second, []), colour: false);

        Assert.DoesNotContain('\u001b', text);
        Assert.Contains("Evil␛[31m Wire", text);
    }

    private static ArticleDiff DiffOf(string first, string second) =>
        new(Hit("a/1", title: "First"), Hit("b/2", title: "Second"), DiffPieces.Of(first, second, WordDiff.Compute(first, second)));

    private const string Frost = "A late frost damaged apple orchards across the south of Poland, growers said on Friday. " +
        "The ministry said it would assess the losses before deciding on help for farmers.";
    private const string Harbour = "Container traffic through the harbour of Rotterdam fell by nine percent in the final quarter. " +
        "The port authority said shipping lines had sent their vessels around the Cape of Good Hope.";

    [Fact]
    public void Two_unrelated_articles_are_said_to_share_little_and_their_diff_still_follows()
    {
        var lines = CopiesRenderer.DiffText(DiffOf(Frost, Harbour), colour: false).Split('\n');

        Assert.Equal("These two articles share little: 0 % of the shorter one's words are kept in the other " +
            "in runs of 3 words or more, as between unrelated stories; the diff follows.", lines[2]);
        Assert.StartsWith("[-A late frost", lines[3]);
    }

    [Fact]
    public void Two_one_line_texts_are_too_short_to_be_said_to_share_little()
    {
        var text = CopiesRenderer.DiffText(DiffOf("Ships sail today.", "Markets fell sharply."), colour: false);

        Assert.DoesNotContain("share little", text);
    }

    [Fact]
    public void A_copy_s_diff_has_no_note_of_sharing_little()
    {
        var text = CopiesRenderer.DiffText(DiffOf(Harbour, Harbour.Replace("nine", "ten")), colour: false);

        Assert.DoesNotContain("share little", text);
    }

    [Fact]
    public void The_diff_json_gives_the_share_of_wording_kept_and_whether_that_is_little()
    {
        var root = JsonDocument.Parse(CopiesRenderer.DiffJson(DiffOf(Frost, Harbour))).RootElement;

        Assert.Equal(0, root.GetProperty("shared").GetDouble());
        Assert.True(root.GetProperty("sharesLittle").GetBoolean());
    }
}
