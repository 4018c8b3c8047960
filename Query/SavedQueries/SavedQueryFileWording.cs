using System.Text.Json;
using System.Text.RegularExpressions;

namespace SearchEngine.Querying.SavedQueries;

/// <summary>
/// What is wrong with a saved-queries file, in the file's own terms: System.Text.Json words its errors for programmers
/// ("could not be converted to System.DateTimeOffset", "type 'SearchEngine…SavedQuery'"), so those are said again by
/// field and kind of value. Syntax errors are already in plain words and keep them.
/// </summary>
internal static partial class SavedQueryFileWording
{
    /// <summary>The kinds of value the file holds, by the .NET types that read them.</summary>
    private static readonly (string TypeName, string Plain)[] Kinds =
    [
        // Lists first: their names hold their items' type names.
        ("List`1", "a list in square brackets"),
        ("System.String", "text in quotes"),
        ("System.DateTimeOffset", "a date and time such as \"2024-03-01T12:00:00+00:00\""),
        ("System.DateOnly", "a date such as \"2024-03-01\""),
        ("System.Int32", "a whole number"),
        ("SortOrder", "\"relevance\" or \"date\""),
        ("FacetFilters", "an object of filters"),
        ("SavedQueryRun", "an object describing the last run"),
        ("SavedQuery", "an object describing a saved query"),
    ];

    /// <param name="nameOf">The name of the saved query at an index of the file's list, when it has one.</param>
    public static string Describe(JsonException e, Func<int, string?> nameOf)
    {
        var where = e.LineNumber is { } line ? $"line {line + 1}, column {e.BytePositionInLine + 1}: " : "";
        var path = e.Data[FacetFiltersJson.KeyOfFailure] is string key ? $"{e.Path}.{key}" : e.Path;
        return where + Problem(e.Message, path, nameOf);
    }

    private static string Problem(string message, string? path, Func<int, string?> nameOf)
    {
        string Field(string? at) => FieldOf(at, nameOf);
        var field = Field(path);
        if (NotConverted().Match(message) is { Success: true } wrongKind)
            return $"{field} must be {KindOf(wrongKind.Groups["type"].Value)}";
        if (UnknownProperty().Match(message) is { Success: true } unknown)
            return $"{Field(ParentOf(path))} has a field \"{unknown.Groups["name"].Value}\" that saved queries do not have";
        if (MissingRequired().Match(message) is { Success: true } missing)
            return $"{field} lacks the field {missing.Groups["names"].Value.Replace('\'', '"')}";
        if (DuplicateProperty().Match(message) is { Success: true } twice)
            return $"{Field(ParentOf(path))} has the field \"{twice.Groups["name"].Value}\" twice";
        if (message.Contains("null values", StringComparison.Ordinal))
            return $"{field} is null; it must have a value";
        var plain = WithoutPosition(message);
        if (DotNetName().IsMatch(plain)) return $"{field} has a value of the wrong kind";
        return path is null ? plain : $"{field}: {plain}";
    }

    /// <summary>
    /// A JSON path (<c>$.queries[2].lastRun.total</c>) as the user would point at it: "lastRun.total" of saved query 3
    /// ('korea'), by its place in the list and, when it has one, by its name, which is what the user looks for.
    /// </summary>
    private static string FieldOf(string? path, Func<int, string?> nameOf)
    {
        if (path is null or "$") return "the file";
        if (QueryPath().Match(path) is { Success: true } query)
        {
            var index = int.Parse(query.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var entry = nameOf(index) is { } name ? $"saved query {index + 1} ('{Shortened(name)}')" : $"saved query {index + 1}";
            var rest = query.Groups["rest"].Value.TrimStart('.');
            return rest.Length == 0 ? entry : $"\"{rest}\" of {entry}";
        }
        return $"\"{path.TrimStart('$', '.')}\"";
    }

    /// <summary>A name as long as names may be, so a name pasted wrong (a whole paragraph) does not swamp the message.</summary>
    private static string Shortened(string name) => name.Length > SavedQueryName.MaxLength ? name[..SavedQueryName.MaxLength] + "…" : name;

    private static string? ParentOf(string? path) => path?[..Math.Max(1, path.LastIndexOfAny(['.', '[']))];

    private static string KindOf(string typeName) =>
        Kinds.FirstOrDefault(k => typeName.Contains(k.TypeName, StringComparison.Ordinal)).Plain ?? "a value of another kind";

    /// <summary>System.Text.Json appends "Path: … | LineNumber: … | BytePositionInLine: …", which is reported separately.</summary>
    private static string WithoutPosition(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var trimmed = cut < 0 ? message : message[..cut].TrimEnd(' ', '|');
        return trimmed.TrimEnd('.');
    }

    [GeneratedRegex(@"could not be converted to (?<type>\S+?)\.?( Path:|$)")]
    private static partial Regex NotConverted();

    [GeneratedRegex(@"The JSON property '(?<name>[^']*)' could not be mapped")]
    private static partial Regex UnknownProperty();

    [GeneratedRegex(@"Duplicate property '(?<name>[^']*)'")]
    private static partial Regex DuplicateProperty();

    [GeneratedRegex(@"missing required properties including: (?<names>.+?)\.?( Path:|$)")]
    private static partial Regex MissingRequired();

    [GeneratedRegex(@"^\$\.queries\[(?<index>\d+)\](?<rest>.*)$")]
    private static partial Regex QueryPath();

    [GeneratedRegex(@"\b(System|SearchEngine)\.")]
    private static partial Regex DotNetName();
}
