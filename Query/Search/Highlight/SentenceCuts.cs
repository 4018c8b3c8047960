using SearchEngine.Indexing.Extraction.People;

namespace SearchEngine.Querying.Search.Highlight;

/// <summary>
/// Where the sentences of a stored body begin and end, so a fragment can be whole sentences as a reader quotes them
/// (and as the cluster engines' sentence boundary scanner cuts). A sentence ends at <c>.</c>, <c>!</c>, <c>?</c> or
/// <c>…</c> (closing quotes and brackets after it belong to it) followed by white space and a word that opens a
/// sentence, or at a Chinese or Japanese full stop (<c>。！？</c>); a blank line ends a paragraph and so a sentence. A
/// single line break is white space like any other: hard-wrapped copy breaks lines inside sentences, and a headline line
/// without a stop is a paragraph of its own only when a blank line follows it.
/// </summary>
internal static class SentenceCuts
{
    /// <summary>
    /// Abbreviations besides titles (<see cref="TitleAbbreviations"/>, "Mr. Kim") whose stop ends no sentence: months
    /// ("Oct. 23"), "No." and "vs."; a single letter ("J.", "U.S.") is one too.
    /// </summary>
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "No", "vs", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    };

    /// <summary>The start of the sentence holding <paramref name="at"/>, if it is no earlier than <paramref name="earliest"/>.</summary>
    public static int? StartOf(string text, int at, int earliest)
    {
        for (var p = Math.Min(at, text.Length - 1); p >= Math.Max(0, earliest); p--)
            if (StartsSentence(text, p)) return p;
        return null;
    }

    /// <summary>
    /// The end (after its last character) of the sentence holding the character before <paramref name="from"/>, if it is
    /// no later than <paramref name="latest"/>.
    /// </summary>
    public static int? EndOf(string text, int from, int latest)
    {
        for (var p = Math.Max(from, 1); p <= Math.Min(latest, text.Length); p++)
        {
            if (p == text.Length) return TrimEnd(text, p);
            if (!char.IsWhiteSpace(text[p]) && StartsSentence(text, p)) return TrimEnd(text, p);
        }
        return null;
    }

    /// <summary>Whether a blank line lies between <paramref name="from"/> and <paramref name="to"/>.</summary>
    public static bool ParagraphBreakBetween(string text, int from, int to)
    {
        var lineBreaks = 0;
        for (var p = from; p < to; p++)
        {
            if (text[p] == '\n') lineBreaks++;
            else if (!char.IsWhiteSpace(text[p])) lineBreaks = 0;
            if (lineBreaks >= 2) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether a fragment cut at <paramref name="p"/> (its start, or the end after its last character) cuts no sentence:
    /// the text begins or ends there, or the next character after white space opens a sentence.
    /// </summary>
    public static bool IsBoundary(string text, int p)
    {
        if (p <= 0) return true;
        var next = SkipSpace(text, p);
        return next >= text.Length || StartsSentence(text, next);
    }

    /// <summary>The first position after <paramref name="from"/> that is not white space.</summary>
    public static int SkipSpace(string text, int from)
    {
        while (from < text.Length && char.IsWhiteSpace(text[from])) from++;
        return from;
    }

    private static bool StartsSentence(string text, int p)
    {
        if (p == 0) return !char.IsWhiteSpace(text[0]);
        if (char.IsWhiteSpace(text[p])) return false;
        // Chinese and Japanese end a sentence with a full stop of their own and no space after it.
        if (text[p - 1] is '\u3002' or '\uFF01' or '\uFF1F') return true;
        if (!char.IsWhiteSpace(text[p - 1])) return false;
        var before = p - 1;
        while (before >= 0 && char.IsWhiteSpace(text[before])) before--;
        if (before < 0 || ParagraphBreakBetween(text, before + 1, p)) return true;
        while (before > 0 && text[before] is '"' or '\'' or '\u201D' or '\u2019' or ')' or ']' or '\u00BB') before--;
        return text[before] is '.' or '!' or '?' or '\u2026' && !EndsAbbreviation(text, before) && OpensSentence(text[p]);
    }

    private static bool EndsAbbreviation(string text, int stop)
    {
        if (text[stop] != '.') return false;
        var start = stop;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        var word = text[start..stop];
        // A title is capitalised: "1st." ends a sentence, "St." does not.
        return word.Length == 1 || Abbreviations.Contains(word)
            || (word.Length > 0 && char.IsUpper(word[0]) && TitleAbbreviations.Contains(word));
    }

    private static bool OpensSentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || c is '"' or '\'' or '\u201C' or '\u2018' or '(' or '[' or '\u00AB';

    /// <summary>The position after the last character before <paramref name="end"/> that is not white space.</summary>
    public static int TrimEnd(string text, int end)
    {
        while (end > 0 && char.IsWhiteSpace(text[end - 1])) end--;
        return end;
    }
}
