using SearchEngine.Indexing;
using SearchEngine.Indexing.Cli;
using System.CommandLine;
using System.Globalization;
using SearchEngine.Querying.Cli.Rendering;
using SearchEngine.Querying.Search;

namespace SearchEngine.Querying.Cli;

/// <summary>
/// Option definitions shared by several commands. Values are checked while parsing, so a bad value is a usage error
/// (exit 2) whose message names the option and the value.
/// </summary>
internal static class CliOptions
{
    public const int MaxLimit = 1000;
    private const string DateFormat = "yyyy-MM-dd";

    public static Option<string?> Index() => new("--index")
    {
        Description = $"Index folder [default: ${DefaultPaths.IndexVariable}, else $XDG_DATA_HOME/searchengine/index]",
        HelpName = "DIR",
    };

    public static Option<string?> SavedFile() => new("--saved-file")
    {
        Description = $"Saved-queries file [default: ${DefaultPaths.SavedQueriesVariable}, else $XDG_CONFIG_HOME/searchengine/saved-queries.json]",
        HelpName = "PATH",
    };

    /// <summary>The formats of a page of results: a table for people, a line per hit for the shell, JSON and CSV for programs.</summary>
    public static FormatOption<OutputFormat> ResultFormat() => new(new Dictionary<string, OutputFormat>
    {
        ["table"] = OutputFormat.Table,
        ["line"] = OutputFormat.Line,
        ["json"] = OutputFormat.Json,
        ["csv"] = OutputFormat.Csv,
    });

    public static ChoiceOption<SortOrder> Sort() => new("--sort", "Order of hits; date is newest first", new Dictionary<string, SortOrder>
    {
        ["relevance"] = SortOrder.Relevance,
        ["date"] = SortOrder.Date,
    });

    public static Option<bool> All() => new("--all") { Description = "Show every near-identical copy instead of one hit per cluster of copies" };

    public static Option<int> Limit() => Number("--limit", $"Hits to show (1 to {MaxLimit})", 10, 1, MaxLimit);

    public static Option<int> Offset() => Number("--offset", "Hits to skip before the first one shown", 0, 0, int.MaxValue);

    public static Option<DateOnly?> Date(string name, string description) => new(name)
    {
        Description = description,
        HelpName = DateFormat,
        CustomParser = result =>
        {
            var token = result.Tokens.Single().Value;
            if (TryParseDate(token, out var date)) return date;
            result.AddError($"{name}: '{token}' is not a date in the form {DateFormat}, such as 2024-03-15");
            return null;
        },
    };

    public static bool TryParseDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static Option<int> Number(string name, string description, int fallback, int min, int max) => new(name)
    {
        Description = description,
        HelpName = "N",
        DefaultValueFactory = _ => fallback,
        CustomParser = result =>
        {
            if (result.Tokens.Count == 0) return fallback;
            var token = result.Tokens.Single().Value;
            if (int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
                return value;
            result.AddError(max == int.MaxValue
                ? $"{name}: '{token}' is not a whole number of at least {min}"
                : $"{name}: '{token}' is not a whole number from {min} to {max}");
            return fallback;
        },
    };
}
