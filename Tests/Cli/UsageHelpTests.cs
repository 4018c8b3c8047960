using SearchEngine.Indexing.Cli;

namespace SearchEngine.Tests.Cli;

/// <summary>What the help says and what a mistyped command gets.</summary>
public sealed class UsageHelpTests
{
    private readonly CliHarness _cli = new();

    [Fact]
    public void The_help_says_that_no_command_opens_the_console()
    {
        Assert.Equal(ExitCodes.Success, _cli.Run("--help"));

        Assert.Contains("Without a command (or with only --index DIR or --cluster URL) it opens the interactive console", _cli.Out);
    }

    [Fact]
    public void A_mistyped_command_is_named_with_the_command_it_is_nearest()
    {
        Assert.Equal(ExitCodes.Usage, _cli.Run("serch", "troops"));

        Assert.Equal("query: 'serch' is not a command of 'query'; did you mean 'search'?\nRun 'query --help' for usage.\n", _cli.Error);
    }

    [Fact]
    public void A_mistyped_subcommand_is_named_with_its_command()
    {
        Assert.Equal(ExitCodes.Usage, _cli.Run("saved", "rnu", "korea"));

        Assert.Contains("query: 'rnu' is not a command of 'query saved'; did you mean 'run'?", _cli.Error);
        Assert.Contains("Run 'query saved --help' for usage.", _cli.Error);
    }

    [Fact]
    public void A_command_without_its_subcommand_names_the_subcommands_there_are()
    {
        Assert.Equal(ExitCodes.Usage, _cli.Run("saved"));

        Assert.Equal("query: 'query saved' needs a command: add, list, run or remove\nRun 'query saved --help' for usage.\n", _cli.Error);
    }

    [Fact]
    public void A_word_near_no_command_is_named_without_a_guess()
    {
        Assert.Equal(ExitCodes.Usage, _cli.Run("troops"));

        Assert.StartsWith("query: 'troops' is not a command of 'query'\n", _cli.Error);
    }

    [Theory]
    [InlineData("search")]
    [InlineData("similar")]
    [InlineData("diff")]
    [InlineData("saved", "run")]
    public void No_help_text_states_a_default_twice_or_by_its_internal_name(params string[] command)
    {
        Assert.Equal(ExitCodes.Success, _cli.Run([.. command, "--help"]));

        Assert.DoesNotContain("[default: Table]", _cli.Out);
        Assert.DoesNotContain("[default: Relevance]", _cli.Out);
        Assert.All(_cli.Out.Split('\n'), line => Assert.True(line.Split("default").Length <= 2, line));
    }
}
