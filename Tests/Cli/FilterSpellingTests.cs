using SearchEngine.Indexing.Cli;
using SearchEngine.Tests.Support;
using static SearchEngine.Tests.Support.TestIndex;

namespace SearchEngine.Tests.Cli;

/// <summary>Filter values as the user types them: in any case, and with a hint when they match nothing.</summary>
public sealed class FilterSpellingTests : IDisposable
{
    private readonly TestIndex _index = Build(
        Article("a1", "Grain deal signed", "Grain exports resume.", outlet: "Reuters"),
        Article("a2", "Grain prices fall", "Grain prices fall.", outlet: "Daily Herald", people: "Kim Jong Un"));

    private readonly CliHarness _cli = new();

    public void Dispose() => _index.Dispose();

    [Fact]
    public void An_outlet_filter_matches_the_outlet_whatever_its_case()
    {
        Assert.Equal(ExitCodes.Success, _cli.Run("search", "grain", "--outlet", "reuters", "--format", "line", "--index", _index.Root));

        Assert.Contains("Grain deal signed", _cli.Out);
        Assert.DoesNotContain("Grain prices fall", _cli.Out);
    }

    [Fact]
    public void A_person_filter_matches_the_person_whatever_the_case()
    {
        Assert.Equal(ExitCodes.Success, _cli.Run("search", "grain", "--person", "KIM JONG UN", "--format", "line", "--index", _index.Root));

        Assert.Contains("Grain prices fall", Assert.Single(_cli.Out.TrimEnd('\n').Split('\n')));
    }

    [Theory]
    [InlineData("--outlet", "cnn.com", "CNN.com")]
    [InlineData("--outlet", "the new york times", "The New York Times")]
    [InlineData("--person", "olaf w. scholz", "Olaf W. Scholz")]
    public void A_merged_spelling_in_another_case_picks_what_its_exact_spelling_picks(string option, string typed, string exact)
    {
        using var index = Build(
            Article("c1", "Storm hits coast", "Winds reach the coast.", outlet: "CNN", people: "Olaf Scholz"),
            Article("c2", "Storm moves inland", "Rain floods farms.", outlet: "CNN"),
            Article("c3", "Storm warning", "Schools close early.", outlet: "CNN.com", people: "Olaf W. Scholz"),
            Article("n1", "Storm damage", "Roofs torn off.", outlet: "New York Times", people: "Olaf Scholz"),
            Article("n2", "Storm clean-up", "Crews clear roads.", outlet: "New York Times"),
            Article("n3", "Storm costs", "Insurers count losses.", outlet: "The New York Times"));
        _cli.Run("search", "storm", option, exact, "--format", "line", "--index", index.Root);
        var picked = _cli.Out;
        Assert.Equal(3, picked.TrimEnd('\n').Split('\n').Length);

        Assert.Equal(ExitCodes.Success, _cli.Run("search", "storm", option, typed, "--format", "line", "--index", index.Root));

        Assert.Equal(picked, _cli.Out);
        Assert.Equal("", _cli.Error);
    }

    [Fact]
    public void An_outlet_that_matches_nothing_is_named_on_stderr_with_the_outlets_nearest_it()
    {
        Assert.Equal(ExitCodes.Success, _cli.Run("search", "grain", "--outlet", "Reutres", "--index", _index.Root));

        Assert.Contains("query: --outlet 'Reutres' matches no article in the index; did you mean 'Reuters'?", _cli.Error);
    }

    [Fact]
    public void A_value_that_is_part_of_an_outlet_s_name_suggests_that_outlet()
    {
        _cli.Run("search", "grain", "--outlet", "herald", "--index", _index.Root);

        Assert.Contains("did you mean 'Daily Herald'?", _cli.Error);
    }

    [Fact]
    public void A_person_typed_by_a_misspelt_surname_alone_suggests_the_person()
    {
        using var index = Build(Article("v1", "Fed chairman speaks", "Rates hold.", people: "Paul Volcker"));

        _cli.Run("search", "rates", "--person", "volker", "--index", index.Root);

        Assert.Contains("query: --person 'volker' matches no article in the index; did you mean 'Paul Volcker'?", _cli.Error);
    }

    [Fact]
    public void A_search_that_finds_nothing_names_the_respelled_query_on_stderr()
    {
        Assert.Equal(ExitCodes.Success, _cli.Run("search", "graim", "--index", _index.Root));

        Assert.Contains("query: no article matches \"graim\"; did you mean 'grain'? (2 articles)", _cli.Error);
    }

    [Fact]
    public void Json_gives_the_respelled_query_and_the_articles_it_finds()
    {
        _cli.Run("search", "graim", "--format", "json", "--index", _index.Root);

        Assert.Contains("\"suggestion\": {\n    \"query\": \"grain\",\n    \"articles\": 2\n  }", _cli.Out.ReplaceLineEndings("\n"));
    }
}
