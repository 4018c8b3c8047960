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
}
