using System.Text.RegularExpressions;
using SearchEngine.Querying.Cli.Rendering;
using SearchEngine.Querying.Search;
using static SearchEngine.Tests.Cli.Results;

namespace SearchEngine.Tests.Cli;

public class TableRendererTests
{
    private static readonly TableLayout Plain = new(Width: 80, Colour: false);
    private static readonly TableLayout Coloured = new(Width: 80, Colour: true);

    [Fact]
    public void A_row_shows_rank_title_outlet_and_day()
    {
        var result = Of(Hit("a1", title: "Grain exports resume", outlet: "Daily Herald", date: "2024-03-15T08:00:00"));

        var row = Lines(TableRenderer.Render(result, Plain)).Single(l => l.Contains("Grain exports resume"));

        Assert.Matches(@"^ 1  Grain exports resume\s+Daily Herald  2024-03-15$", row);
    }

    [Fact]
    public void The_first_line_gives_the_total_the_ranks_shown_and_the_time_taken()
    {
        var result = Of(Hit("a1"), Hit("a2")) with { Total = 57 };

        var first = Lines(TableRenderer.Render(result, Plain with { FirstRank = 11 }))[0];

        Assert.Equal("57 hits for \"grain\" · showing 11–12 · 12.3 ms", first);
    }

    [Theory]
    [InlineData(3, "3 hits for \"obama OR clinton OR kerry OR edwards OR gi…\" · showing 1–3 · 12.3 ms")]
    [InlineData(0, "No results for \"obama OR clinton OR kerry OR edwards OR giuliani OR…\" · 12.3 ms")]
    public void A_long_query_is_cut_short_so_the_first_line_fits_the_width(int hits, string first)
    {
        var result = Of([.. Enumerable.Range(1, hits).Select(i => Hit($"a{i}"))]) with
        {
            QueryText = "obama OR clinton OR kerry OR edwards OR giuliani OR mccain OR romney OR huckabee",
        };

        var line = Lines(TableRenderer.Render(result, Plain))[0];

        Assert.Equal(first, line);
        Assert.True(line.Length <= 80, $"{line.Length} columns");
    }

    [Fact]
    public void Ranks_continue_from_the_offset()
    {
        var output = TableRenderer.Render(Of(Hit("a1", title: "First"), Hit("a2", title: "Second")), Plain with { FirstRank = 21 });

        Assert.Contains(Lines(output), l => l.StartsWith(" 21  First"));
        Assert.Contains(Lines(output), l => l.StartsWith(" 22  Second"));
    }

    [Fact]
    public void No_hits_says_so()
    {
        var output = TableRenderer.Render(Of(), Plain);

        Assert.Equal("No results for \"grain\" · 12.3 ms", output.TrimEnd());
    }

    [Fact]
    public void Snippets_follow_their_hit_and_its_id_under_the_title_each_with_a_bullet_and_a_hanging_indent()
    {
        var result = Of(Hit("a1", title: "Grain", snippets: [Snippet("Ships carrying grain left port."), Snippet("Prices fell.")]));

        var lines = Lines(TableRenderer.Render(result, Plain with { Width = 30 }));

        var row = Array.FindIndex(lines, l => l.StartsWith(" 1  Grain"));
        Assert.Equal(["    id a1", "    · Ships carrying grain", "      left port.", "    · Prices fell."], lines[(row + 1)..(row + 5)]);
    }

    [Fact]
    public void The_line_under_a_title_names_the_hit_s_short_id_and_its_copies()
    {
        var hit = Hit("business/152", title: "Crude oil prices") with { ShortId = "business/15", SimilarCount = 1, SimilarOutlets = ["Wire"] };

        var output = TableRenderer.Render(Of(hit), Plain);

        Assert.Contains("    id business/15 · +1 copy: Wire\n", output);
    }

    [Fact]
    public void A_source_from_the_year_before_its_story_is_dated_with_its_year()
    {
        var hit = Hit("paper/harbour", date: "2026-01-01T07:30:00") with
        {
            DerivedFrom = [new ArticleSource("wire/harbour", "Reuters", "2025-12-31T09:00:00", 0.5)],
        };

        var output = TableRenderer.Render(Of(hit), Plain);

        Assert.Contains("    based on Reuters, 31 Dec 2025, 50 %\n", output);
    }

    [Fact]
    public void A_query_holding_a_phrase_is_quoted_without_doubling_its_quotes()
    {
        var output = TableRenderer.Render(Of(Hit("a1")) with { QueryText = "\"first step\"" }, Plain);

        Assert.StartsWith("1 hit for '\"first step\"' ·", output);
    }

    [Fact]
    public void Marks_are_drawn_bold_yellow_when_colour_is_on()
    {
        var result = Of(Hit("a1", snippets: Snippet("Ships carrying grain left port.", (15, 20))));

        var output = TableRenderer.Render(result, Coloured);

        Assert.Contains("Ships carrying \e[1;33mgrain\e[0m left port.", output);
    }

    [Fact]
    public void Marks_in_the_title_are_drawn_too()
    {
        var hit = Hit("a1", title: "Grain deal signed") with { TitleMarks = [new Mark(0, 5)] };

        var output = TableRenderer.Render(Of(hit), Coloured);

        Assert.Contains("\e[1;33mGrain\e[0m deal signed", output);
    }

    [Fact]
    public void Without_colour_there_are_no_escape_sequences_at_all()
    {
        var hit = Hit("a1", title: "Grain deal", snippets: Snippet("Ships carrying grain left port.", (15, 20))) with { TitleMarks = [new Mark(0, 5)] };

        var output = TableRenderer.Render(Of(hit), Plain);

        Assert.DoesNotContain('\e', output);
        Assert.Contains("Ships carrying grain left port.", output);
    }

    [Fact]
    public void Escape_and_other_control_characters_from_articles_are_shown_as_placeholders()
    {
        var hostile = "Title\e]0;owned\a\e[2J";
        var hit = Hit("a1", title: hostile, outlet: "Out\elet", snippets: Snippet("body \e[31mred\u0000\u009b end")) with { Author = "x" };

        var output = TableRenderer.Render(Of(hit) with { QueryText = "q\e[5m" }, Coloured);

        var withoutOurStyles = Regex.Replace(output, @"\e\[(1;33|1|0)m", "");
        Assert.DoesNotContain('\e', withoutOurStyles);
        Assert.DoesNotContain(withoutOurStyles, c => char.IsControl(c) && c is not '\n' and not '\r');
        Assert.Contains("Title␛]0;owned␇␛[2J", withoutOurStyles);
        Assert.Contains("body ␛[31mred␀\uFFFD end", withoutOurStyles);
    }

    [Fact]
    public void No_line_is_wider_than_the_layout()
    {
        var longTitle = string.Join(' ', Enumerable.Repeat("headline", 30));
        var longSnippet = string.Join(' ', Enumerable.Repeat("grain", 80)) + " " + new string('x', 150);
        var result = Of(Hit("a1", title: longTitle, outlet: "The Extremely Long Outlet Name Gazette", snippets: Snippet(longSnippet)))
            with { Facets = new Dictionary<string, IReadOnlyList<FacetValue>> { ["people"] = Enumerable.Range(1, 30).Select(i => new FacetValue($"Person Number {i}", i)).ToList() } };

        var lines = Lines(TableRenderer.Render(result, Plain with { Width = 60 }));

        Assert.All(lines, line => Assert.True(line.Length <= 60, $"{line.Length} columns: {line}"));
    }

    [Fact]
    public void A_title_too_long_for_its_column_ends_in_an_ellipsis()
    {
        var result = Of(Hit("a1", title: string.Join(' ', Enumerable.Repeat("headline", 30))));

        var row = Lines(TableRenderer.Render(result, Plain)).Single(l => l.StartsWith(" 1  headline"));

        Assert.Contains("…", row);
        Assert.EndsWith("Daily Herald  2024-03-15", row);
    }

    [Fact]
    public void Facet_counts_are_summarised_at_the_end()
    {
        var result = Of(Hit("a1")) with
        {
            Facets = new Dictionary<string, IReadOnlyList<FacetValue>>
            {
                ["people"] = [new("Ana Ruiz", 4)],
                ["outlet"] = [new("Daily Herald", 7), new("The Post", 2)],
                ["date"] = [],
            },
        };

        var lines = Lines(TableRenderer.Render(result, Plain));

        Assert.Equal(["Outlet: Daily Herald (7) · The Post (2)", "People: Ana Ruiz (4)"], lines[^2..]);
    }

    private static string[] Lines(string output) => output.TrimEnd('\n').Split('\n');
}
