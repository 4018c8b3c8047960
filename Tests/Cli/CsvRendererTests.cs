using SearchEngine.Querying.Cli.Rendering;
using SearchEngine.Querying.Search;
using static SearchEngine.Tests.Cli.Results;

namespace SearchEngine.Tests.Cli;

public class CsvRendererTests
{
    [Fact]
    public void A_header_row_comes_first_even_without_hits()
    {
        Assert.Equal(
            "id,title,outlet,date,author,people,score,path,url,snippet," +
            "copies,copy_outlets,source_ids,source_outlets,source_dates,source_shares,derived_stories\r\n",
            CsvRenderer.Render(Of()));
    }

    [Fact]
    public void Each_hit_is_one_row_ending_in_crlf()
    {
        var hit = Hit("a1", title: "Grain deal", outlet: "Daily Herald", date: "2024-03-15", Snippet("Ships left.")) with
        {
            Author = "Ana Ruiz",
            People = ["Ana Ruiz", "Li Wei"],
        };

        var rows = CsvRenderer.Render(Of(hit)).Split("\r\n");

        Assert.Equal("a1,Grain deal,Daily Herald,2024-03-15,Ana Ruiz,Ana Ruiz; Li Wei,1.5,/data/a1.txt,,Ships left.,0,,,,,,0", rows[1]);
        Assert.Equal("", rows[2]);
    }

    [Fact]
    public void Fields_with_commas_quotes_or_line_breaks_are_quoted_and_quotes_doubled()
    {
        var hit = Hit("a1", title: "Grain, \"the deal\"", outlet: "Line\r\nbreak");

        var row = CsvRenderer.Render(Of(hit)).Split("\r\n", 2)[1];

        Assert.StartsWith("a1,\"Grain, \"\"the deal\"\"\",\"Line\r\nbreak\",", row);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")")]
    [InlineData("+1+cmd")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1)")]
    [InlineData("\t=1+1")]
    public void A_cell_a_spreadsheet_would_run_as_a_formula_starts_with_a_quote_mark(string title)
    {
        var row = CsvRenderer.Render(Of(Hit("a1", title: title))).Split("\r\n")[1];
        var cell = CsvRenderer.Field(title);
        Assert.StartsWith("'", cell.TrimStart('"'));
        Assert.Contains(cell, row);
    }

    [Fact]
    public void Escape_and_c1_control_characters_go_out_as_pictures()
    {
        var row = CsvRenderer.Render(Of(Hit("a1", title: "Red\u001b[31m alert\u009b"))).Split("\r\n")[1];
        Assert.DoesNotContain('\u001b', row);
        Assert.DoesNotContain('\u009b', row);
        Assert.Contains("Red␛[31m alert", row);
    }

    [Fact]
    public void Several_snippets_share_one_column()
    {
        var hit = Hit("a1", snippets: [Snippet("first part"), Snippet("second part")]);

        var row = CsvRenderer.Render(Of(hit)).Split("\r\n")[1];

        Assert.Contains(",first part … second part,", row);
    }

    [Fact]
    public void Snippets_cut_where_they_meet_are_joined_by_one_ellipsis()
    {
        var hit = Hit("a1", snippets: [Snippet("\u2026 rose on Monday \u2026"), Snippet("\u2026 fell on Friday \u2026")]);

        var row = CsvRenderer.Render(Of(hit)).Split("\r\n")[1];

        Assert.Contains(",\u2026 rose on Monday \u2026 fell on Friday \u2026,", row);
    }

    [Fact]
    public void Missing_values_are_empty_fields()
    {
        var row = CsvRenderer.Render(Of(Hit("a1", outlet: null, date: null))).Split("\r\n")[1];

        Assert.StartsWith("a1,A title,,,,,1.5,", row);
    }

    [Fact]
    public void A_hit_standing_for_copies_gives_their_count_and_outlets()
    {
        var hit = Hit("a1") with { SimilarCount = 3, SimilarOutlets = ["Wire", "Valley News"] };

        var row = CsvRenderer.Render(Of(hit)).Split("\r\n")[1];

        Assert.EndsWith(",3,Wire; Valley News,,,,,0", row);
    }

    [Fact]
    public void The_nth_entry_of_each_source_column_belongs_to_the_nth_source()
    {
        var hit = Hit("paper/1") with
        {
            DerivedFrom =
            [
                new ArticleSource("wire/1", "Reuters", "2025-12-31T09:00:00", 0.5034),
                new ArticleSource("wire/2", null, null, 0.25),
            ],
            DerivedStories = 2,
        };

        var row = CsvRenderer.Render(Of(hit)).Split("\r\n")[1];

        Assert.EndsWith(",0,,wire/1; wire/2,Reuters; ,2025-12-31T09:00:00; ,0.503; 0.25,2", row);
    }
}
