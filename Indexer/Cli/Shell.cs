namespace SearchEngine.Indexing.Cli;

/// <summary>Text that can be pasted into a POSIX shell as one argument, for commands suggested in messages.</summary>
public static class Shell
{
    public static string Quote(string argument) =>
        argument.Length > 0 && argument.All(c => char.IsAsciiLetterOrDigit(c) || "/._-+:=@%,".Contains(c))
            ? argument
            : $"'{argument.Replace("'", "'\\''")}'";
}
