namespace SearchEngine.Indexing.Cli;

/// <summary>Which known words a mistyped one was probably meant to be, for "did you mean" hints; case is ignored.</summary>
public static class DidYouMean
{
    /// <summary>
    /// The nearest of <paramref name="known"/>: within a few edits of <paramref name="typed"/>, or containing it; nearest
    /// first. One word typed is also measured against each word of a longer name, as a person is looked for by the
    /// surname alone ("volker" for "Paul Volcker").
    /// </summary>
    public static IReadOnlyList<string> Among(string typed, IEnumerable<string> known, int max = 3)
    {
        var word = typed.ToLowerInvariant();
        var allowed = Math.Max(1, word.Length / 3);
        var oneWord = !word.Contains(' ', StringComparison.Ordinal);
        int Nearest(string name)
        {
            var whole = name.ToLowerInvariant();
            var distance = Distance(word, whole);
            if (!oneWord || !whole.Contains(' ', StringComparison.Ordinal)) return distance;
            foreach (var part in whole.Split(' ', StringSplitOptions.RemoveEmptyEntries)) distance = Math.Min(distance, Distance(word, part));
            return distance;
        }
        return
        [
            .. known
                .Select(k => (Known: k, Distance: Nearest(k)))
                .Where(c => c.Distance <= allowed || (word.Length >= 2 && c.Known.Contains(typed, StringComparison.OrdinalIgnoreCase)))
                .OrderBy(c => c.Distance)
                .ThenBy(c => c.Known, StringComparer.Ordinal)
                .Take(max)
                .Select(c => c.Known),
        ];
    }

    /// <summary>"did you mean 'a'?" or "did you mean 'a' or 'b'?", or null when nothing is near.</summary>
    public static string? Hint(string typed, IEnumerable<string> known) => Phrase(Among(typed, known));

    /// <summary>"did you mean 'a'?" or "did you mean 'a', 'b' or 'c'?" for words already found near; null for none.</summary>
    public static string? Phrase(IReadOnlyList<string> near)
    {
        var quoted = near.Select(k => $"'{PrintableText.Of(k)}'").ToList();
        return quoted.Count == 0 ? null : $"did you mean {(quoted.Count == 1 ? quoted[0] : string.Join(", ", quoted[..^1]) + " or " + quoted[^1])}?";
    }

    /// <summary>Edits from one word to the other, a swap of neighbouring letters ("sreach") counting as one.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}
