namespace SearchEngine.Indexing.Dedup;

/// <summary>
/// Reads text as a sequence of normalised words and hashes each one. Case is folded, and anything that is not a letter
/// or a digit separates words, so punctuation, whitespace, line breaks and markup symbols (wire ruler lines, "&lt;" line
/// ends, control characters) never change the result. An apostrophe inside a word is dropped rather than splitting it,
/// so "don't" and "dont" are the same word.
/// </summary>
public static class WordHasher
{
    private const ulong AsciiStep = unchecked(StableHash.FnvPrime * StableHash.FnvPrime);

    public static List<ulong> Hash(string text) => Hash(text, quoted: null);

    /// <param name="quoted">When given, receives for each word whether it lies inside quotation marks (see <see cref="QuoteMarks"/>).</param>
    public static List<ulong> Hash(string text, List<bool>? quoted)
    {
        var words = new List<ulong>(text.Length / 6 + 1);
        var hash = StableHash.FnvOffset;
        var inWord = false;
        var quotes = new QuoteMarks();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x80 && char.IsAsciiLetterOrDigit(c))
            {
                if (!inWord) quoted?.Add(quotes.Inside);
                // FNV-1a over both bytes of the code unit, whose high byte is zero here: the same value in one step.
                hash = (hash ^ (c | (char.IsAsciiLetterUpper(c) ? 0x20u : 0u))) * AsciiStep;
                inWord = true;
            }
            else if (IsWordChar(c))
            {
                if (!inWord) quoted?.Add(quotes.Inside);
                hash = StableHash.FnvAdd(hash, char.ToLowerInvariant(c));
                inWord = true;
            }
            else if (inWord && IsApostrophe(c) && i + 1 < text.Length && IsWordChar(text[i + 1]))
            {
                continue;
            }
            else
            {
                if (quoted is not null) quotes.Read(text, i);
                if (!inWord) continue;
                words.Add(StableHash.Mix(hash));
                hash = StableHash.FnvOffset;
                inWord = false;
            }
        }
        if (inWord) words.Add(StableHash.Mix(hash));
        return words;
    }

    /// <summary>Surrogates count as word characters so that letters outside the basic plane are kept, not dropped.</summary>
    internal static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || char.IsSurrogate(c);

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';
}
