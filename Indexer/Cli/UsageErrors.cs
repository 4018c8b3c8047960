using System.CommandLine;
using System.CommandLine.Parsing;

namespace SearchEngine.Indexing.Cli;

/// <summary>How both programs report arguments they cannot read: what is wrong, then where the usage is.</summary>
public static class UsageErrors
{
    /// <summary>
    /// Prints the errors of <paramref name="parsed"/> and returns <see cref="ExitCodes.Usage"/>. A word where a command was
    /// expected is a mistyped command: it is named with the nearest commands, rather than reported as a missing command
    /// and an unrecognised argument, and the help hint names the command the user did type. A command missing is asked
    /// for by naming the commands there are.
    /// </summary>
    public static int Print(string program, ParseResult parsed, TextWriter error)
    {
        var path = CommandPath(program, parsed);
        var command = parsed.CommandResult.Command;
        var commands = command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name).ToList();
        if (commands.Count > 0 && parsed.UnmatchedTokens is [var word, ..] && !word.StartsWith('-'))
        {
            var hint = DidYouMean.Hint(word, commands);
            error.WriteLine($"{program}: '{PrintableText.Of(word)}' is not a command of '{path}'{(hint is null ? "" : $"; {hint}")}");
        }
        else if (commands.Count > 0 && command.Action is null && parsed.UnmatchedTokens.Count == 0)
        {
            error.WriteLine($"{program}: '{path}' needs a command: {string.Join(", ", commands[..^1])} or {commands[^1]}");
        }
        else
        {
            foreach (var problem in parsed.Errors) error.WriteLine($"{program}: {PrintableText.Of(problem.Message)}");
        }
        error.WriteLine($"Run '{path} --help' for usage.");
        return ExitCodes.Usage;
    }

    private static string CommandPath(string program, ParseResult parsed)
    {
        var names = new List<string>();
        for (var result = parsed.CommandResult; result.Parent is CommandResult parent; result = parent)
            names.Insert(0, result.Command.Name);
        return string.Join(' ', names.Prepend(program));
    }
}
