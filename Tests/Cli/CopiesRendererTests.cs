using SearchEngine.Querying.Cli.Rendering;
using SearchEngine.Querying.Search;

namespace SearchEngine.Tests.Cli;

public class CopiesRendererTests
{
    [Fact]
    public void The_diff_header_shows_an_escape_in_an_id_or_outlet_as_a_picture()
    {
        var first = Results.Hit("feed/\u001b[2Jwire", title: "Wire story", outlet: "Evil\u001b[31m Wire");
        var second = Results.Hit("feed/copy", title: "Copy", outlet: "Paper");

        var text = CopiesRenderer.DiffText(new ArticleDiff(first, second, []), colour: false);

        Assert.DoesNotContain('\u001b', text);
        Assert.Contains("Evil␛[31m Wire", text);
    }
}
