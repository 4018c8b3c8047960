namespace SearchEngine.Indexing.Sources.Html;

/// <summary>
/// How much of one text another holds, counted in word pairs: enough to tell whether two extractions found the same
/// story, where single words would match on "the" and "said".
/// </summary>
public static class SharedPairs
{
    /// <summary>The share of <paramref name="text"/>'s distinct word pairs that <paramref name="other"/> also has; 0 when it has none.</summary>
    public static double Share(string text, string other)
    {
        var pairs = Pairs(text);
        if (pairs.Count == 0) return 0;
        var others = Pairs(other);
        return (double)pairs.Count(others.Contains) / pairs.Count;
    }

    private static HashSet<(string, string)> Pairs(string text)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim(Punctuation).ToLowerInvariant())
            .Where(w => w.Length > 0)
            .ToList();
        var pairs = new HashSet<(string, string)>();
        for (var i = 1; i < words.Count; i++)
            pairs.Add((words[i - 1], words[i]));
        return pairs;
    }

    private static readonly char[] Punctuation = ['.', ',', ';', ':', '!', '?', '"', '\'', '(', ')', '“', '”', '‘', '’', '«', '»', '—', '–', '-'];
}
