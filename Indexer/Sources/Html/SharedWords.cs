namespace SearchEngine.Indexing.Sources.Html;

/// <summary>How much of one text's vocabulary another holds: enough to tell whether two extractions found the same story.</summary>
public static class SharedWords
{
    /// <summary>The share of <paramref name="text"/>'s distinct words that <paramref name="other"/> also has; 0 when it has none.</summary>
    public static double Share(string text, string other)
    {
        var words = Words(text);
        if (words.Count == 0) return 0;
        var others = Words(other);
        return (double)words.Count(others.Contains) / words.Count;
    }

    private static HashSet<string> Words(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim(Punctuation).ToLowerInvariant())
            .Where(w => w.Length > 0)
            .ToHashSet(StringComparer.Ordinal);

    private static readonly char[] Punctuation = ['.', ',', ';', ':', '!', '?', '"', '\'', '(', ')', '“', '”', '‘', '’', '«', '»', '—', '–', '-'];
}
