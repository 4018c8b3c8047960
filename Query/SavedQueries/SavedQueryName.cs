namespace SearchEngine.Querying.SavedQueries;

/// <summary>Rules for saved query names: short, safe to type in a shell, and not hidden-file-like.</summary>
public static class SavedQueryName
{
    public const int MaxLength = 64;

    /// <summary>Names are matched regardless of case, so "Ukraine" and "ukraine" cannot both exist.</summary>
    public static readonly StringComparer Comparer = StringComparer.OrdinalIgnoreCase;

    /// <summary>Why <paramref name="name"/> is not a valid name, or null when it is.</summary>
    public static string? Problem(string name)
    {
        if (name.Length == 0) return "a saved query needs a name";
        if (name.Length > MaxLength)
            return $"saved query name '{name[..MaxLength]}…' is {name.Length} characters long; at most {MaxLength} are allowed";
        if (name[0] == '.') return $"saved query name '{name}' must not start with a dot";
        foreach (var c in name)
        {
            if (!IsAllowed(c))
                return $"saved query name '{Printable(name)}' contains {Describe(c)}; use letters, digits, '-', '_' and '.'";
        }
        return null;
    }

    public static void EnsureValid(string name)
    {
        if (Problem(name) is { } problem) throw new InvalidSavedQueryNameException(problem);
    }

    private static bool IsAllowed(char c) => char.IsLetterOrDigit(c) || c is '-' or '_' or '.';

    private static string Describe(char c) => c switch
    {
        ' ' => "a space",
        '/' or '\\' => $"a path separator '{c}'",
        _ when char.IsControl(c) || char.IsWhiteSpace(c) => $"U+{(int)c:X4}",
        _ => $"'{c}'",
    };

    private static string Printable(string name) =>
        string.Concat(name.Select(c => char.IsControl(c) ? $"U+{(int)c:X4}" : c.ToString()));
}
