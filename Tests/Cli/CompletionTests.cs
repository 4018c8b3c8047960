using SearchEngine.Indexing.Cli;

namespace SearchEngine.Tests.Cli;

/// <summary>Shell completion: the scripts both programs print, and the answers the scripts ask the program for.</summary>
public sealed class CompletionTests
{
    private readonly CliHarness _cli = new();

    [Theory]
    [InlineData("bash", "complete -o default -F _query_complete query")]
    [InlineData("zsh", "#compdef query")]
    [InlineData("fish", "complete -c query -f -a '(__query_complete)'")]
    public void Query_prints_a_completion_script_for_each_shell(string shell, string registration)
    {
        Assert.Equal(ExitCodes.Success, _cli.Run("completion", shell));

        Assert.Contains(registration, _cli.Out);
    }

    [Fact]
    public void Indexer_prints_a_completion_script_that_completes_indexer()
    {
        var stdout = new StringWriter();

        Assert.Equal(ExitCodes.Success, IndexerCli.Run(["completion", "bash"], new CliContext { Out = stdout, Error = new StringWriter(), Environment = _ => null }));

        Assert.Contains("complete -o default -F _indexer_complete indexer", stdout.ToString());
    }

    [Fact]
    public void A_shell_other_than_bash_zsh_or_fish_is_a_usage_error()
    {
        Assert.Equal(ExitCodes.Usage, _cli.Run("completion", "powershell"));
    }

    [Fact]
    public void A_shell_other_than_bash_zsh_or_fish_is_named_with_the_shells_on_one_readable_line()
    {
        _cli.Run("completion", "powershell");

        Assert.Equal(
            $"query: SHELL: 'powershell' is not one of bash, zsh, fish{Environment.NewLine}Run 'query completion --help' for usage.{Environment.NewLine}",
            _cli.Error);
    }

    [Fact]
    public void The_program_completes_the_shell_names()
    {
        Assert.Equal(ExitCodes.Success, _cli.Run("[suggest:11]", "completion "));

        Assert.Equal(["bash", "fish", "zsh"], Lines(_cli.Out).Where(line => !line.StartsWith('-')));
    }

    [Fact]
    public void The_program_completes_a_command_name_from_its_start()
    {
        Assert.Equal(ExitCodes.Success, _cli.Run("[suggest:3]", "sim"));

        Assert.Equal(["similar"], Lines(_cli.Out));
    }

    [Fact]
    public void The_program_completes_an_option_s_value_from_its_choices()
    {
        Assert.Equal(ExitCodes.Success, _cli.Run("[suggest:18]", "search x --format "));

        Assert.Equal(["csv", "json", "line", "table"], Lines(_cli.Out));
    }

    [Fact]
    public void Help_is_offered_as_h_and_question_mark_with_a_dash_not_a_slash()
    {
        Assert.Equal(ExitCodes.Success, _cli.Run("[suggest:0]", ""));

        Assert.DoesNotContain(Lines(_cli.Out), line => line.StartsWith('/'));
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
