namespace SearchEngine.Querying.Search.Parsing;

/// <summary>
/// Query text quoted back to the user in a message: a query of hundreds of words (pasted, or made by a script) would
/// bury the message, so a long one is cut to a readable length, the cut marked with an ellipsis.
/// </summary>
public static class QueryEcho
{
    /// <summary>About a line of a terminal, less the words around the echo.</summary>
    public const int MaxLength = 80;

    public static string Shortened(string text) =>
        text.Length <= MaxLength ? text : text[..(MaxLength - 1)].TrimEnd() + "…";

    /// <summary>
    /// The part of <paramref name="text"/> around the 1-based <paramref name="column"/>, about <see cref="MaxLength"/>
    /// long, each cut marked with an ellipsis; <paramref name="at"/> is where the column falls in it.
    /// </summary>
    public static string Around(string text, int column, out int at)
    {
        at = column;
        if (text.Length <= MaxLength) return text;
        var start = Math.Clamp(column - 1 - MaxLength / 2, 0, Math.Max(0, text.Length - MaxLength));
        var end = Math.Min(text.Length, start + MaxLength);
        at = column - start + (start > 0 ? 1 : 0);
        return (start > 0 ? "…" : "") + text[start..end] + (end < text.Length ? "…" : "");
    }
}
