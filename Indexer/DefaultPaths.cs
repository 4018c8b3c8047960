namespace SearchEngine.Indexing;

/// <summary>
/// Where the tools look when no path is given, following the XDG base directory convention.
/// Shared by the indexer, the query command line and first-run indexing so all agree on one location.
/// </summary>
public static class DefaultPaths
{
    public const string IndexVariable = "SEARCHENGINE_INDEX";
    public const string SavedQueriesVariable = "SEARCHENGINE_SAVED_QUERIES";
    public const string HistoryVariable = "SEARCHENGINE_HISTORY";

    /// <summary>$SEARCHENGINE_INDEX, else $XDG_DATA_HOME/searchengine/index (XDG_DATA_HOME defaulting to ~/.local/share).</summary>
    public static string IndexDirectory() => IndexDirectory(Environment.GetEnvironmentVariable);

    public static string IndexDirectory(Func<string, string?> environment) =>
        NonEmpty(environment(IndexVariable))
        ?? Path.Combine(XdgBase(environment, "XDG_DATA_HOME", ".local", "share"), "searchengine", "index");

    /// <summary>$SEARCHENGINE_SAVED_QUERIES, else $XDG_CONFIG_HOME/searchengine/saved-queries.json (XDG_CONFIG_HOME defaulting to ~/.config).</summary>
    public static string SavedQueriesFile() => SavedQueriesFile(Environment.GetEnvironmentVariable);

    public static string SavedQueriesFile(Func<string, string?> environment) =>
        NonEmpty(environment(SavedQueriesVariable))
        ?? Path.Combine(XdgBase(environment, "XDG_CONFIG_HOME", ".config"), "searchengine", "saved-queries.json");

    /// <summary>$SEARCHENGINE_HISTORY, else $XDG_STATE_HOME/searchengine/history (XDG_STATE_HOME defaulting to ~/.local/state).</summary>
    public static string HistoryFile(Func<string, string?> environment) =>
        NonEmpty(environment(HistoryVariable))
        ?? Path.Combine(XdgBase(environment, "XDG_STATE_HOME", ".local", "state"), "searchengine", "history");

    private static string XdgBase(Func<string, string?> environment, string variable, params string[] underHome)
    {
        // The XDG spec says relative values are invalid and must be ignored.
        if (NonEmpty(environment(variable)) is { } configured && Path.IsPathRooted(configured)) return configured;
        var home = NonEmpty(environment("HOME")) ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return Path.Combine([home, .. underHome]);
    }

    private static string? NonEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
