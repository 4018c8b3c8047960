using SearchEngine.Indexing.Cleaning;

namespace SearchEngine.Indexing.Sources;

/// <summary>
/// A block of a page that the reader left out by its markup before the line rules saw the text (a comment thread, a
/// share box, hidden text), with why, so <c>inspect</c> can show it. The text is cut short: it is for reading, not indexing.
/// </summary>
public sealed record RemovedBlock(string Why, string Text)
{
    private const int MaxText = 200;

    public static RemovedBlock Of(string why, string text)
    {
        var folded = PageSplitter.Normalise(text);
        return new(why, folded.Length <= MaxText ? folded : folded[..(MaxText - 1)] + "…");
    }
}
