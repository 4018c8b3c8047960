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
}
