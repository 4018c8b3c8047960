using System.Text.Json;
using SearchEngine.Indexing.Cli;
using SearchEngine.Tests.Support;
using static SearchEngine.Tests.Support.TestIndex;

namespace SearchEngine.Tests.Cli;

/// <summary>One output option, <c>--format</c>, on every command that prints results, with <c>--json</c> as its synonym.</summary>
public sealed class OutputFormatOptionTests : IDisposable
{
    private readonly TestIndex _index = Build(
        Article("wire", "Ferry strike", "Ferry crews strike at the harbour over pay and hours.", outlet: "Wire Agency"),
        Article("copy", "Ferry strike", "Ferry crews strike at the harbour over pay and hours.", outlet: "Daily Herald"));

    private readonly CliHarness _cli = new();

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("similar", "wire")]
    [InlineData("diff", "wire", "copy")]
    [InlineData("search", "ferry")]
    public void Every_query_command_that_prints_results_takes_format_json(params string[] command)
    {
        Assert.Equal(ExitCodes.Success, _cli.Run([.. command, "--format", "json", "--index", _index.Root]));

        Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(_cli.Out).RootElement.ValueKind);
    }

    [Theory]
    [InlineData("similar", "wire")]
    [InlineData("search", "ferry")]
    public void Json_is_kept_as_a_synonym_for_format_json(params string[] command)
    {
        Assert.Equal(ExitCodes.Success, _cli.Run([.. command, "--json", "--index", _index.Root]));

        Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(_cli.Out).RootElement.ValueKind);
    }

    [Fact]
    public void Saved_list_takes_format_json_and_prints_the_saved_queries_file_s_shape()
    {
        var saved = Path.Combine(_index.Root, "saved-queries.json");
        _cli.Run("saved", "add", "ferries", "ferry", "--saved-file", saved);

        Assert.Equal(ExitCodes.Success, _cli.Run("saved", "list", "--format", "json", "--saved-file", saved));

        var query = Assert.Single(JsonDocument.Parse(_cli.Out).RootElement.GetProperty("queries").EnumerateArray());
        Assert.Equal("ferries", query.GetProperty("name").GetString());
    }

    [Fact]
    public void Json_with_another_format_is_a_usage_error()
    {
        Assert.Equal(ExitCodes.Usage, _cli.Run("search", "ferry", "--json", "--format", "csv", "--index", _index.Root));

        Assert.Contains("--json and --format csv ask for different formats", _cli.Error);
    }

    [Fact]
    public void A_format_a_command_does_not_print_is_a_usage_error_naming_those_it_does()
    {
        Assert.Equal(ExitCodes.Usage, _cli.Run("diff", "wire", "copy", "--format", "csv", "--index", _index.Root));

        Assert.Contains("--format: 'csv' is not one of text, json", _cli.Error);
    }
}
