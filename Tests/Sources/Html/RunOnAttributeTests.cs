using AngleSharp.Html.Parser;
using SearchEngine.Indexing.Sources.Html;

namespace SearchEngine.Tests.Sources.Html;

/// <summary>Attribute values that run on over the page's markup because their closing quote was lost.</summary>
public class RunOnAttributeTests
{
    private static string? Ended(string html) => RunOnAttribute.Ended(html, new HtmlParser().ParseDocument(html));

    [Fact]
    public void A_value_that_runs_over_a_script_end_is_ended_where_its_first_line_ends()
    {
        const string html = "<head><meta name=\"keywords\" content=\"harbour, ferry\n  var ready = true;\n</script>\n<script>var tabs = [\"news\"];</script></head>";
        Assert.StartsWith("<head><meta name=\"keywords\" content=\"harbour, ferry\">\n  var ready", Ended(html));
    }

    [Fact]
    public void A_value_over_several_lines_that_holds_a_fragment_of_markup_is_left_as_written()
    {
        const string html = "<body><div data-byline=\"<p>By Jane Doe</p>\n<p>Harbour desk</p>\">Story</div></body>";
        Assert.Null(Ended(html));
    }

    [Fact]
    public void An_iframe_document_written_in_its_srcdoc_is_left_as_written()
    {
        const string html = "<body><iframe srcdoc=\"<html><head><script>var ad = 1;</script>\n</head><body>Advert</body></html>\"></iframe><p>Story</p></body>";
        Assert.Null(Ended(html));
    }

    [Fact]
    public void A_template_a_script_keeps_in_a_data_attribute_is_left_as_written()
    {
        const string html = "<body><div data-template=\"<style>.card { color: red; }</style>\n<div class='card'></div>\">Story</div></body>";
        Assert.Null(Ended(html));
    }
}
