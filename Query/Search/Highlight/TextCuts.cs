using System.Globalization;
using System.Text;

namespace SearchEngine.Querying.Search.Highlight;

/// <summary>
/// Where a fragment may begin or end: at a word boundary (whitespace, or between characters of scripts written
/// without spaces, such as Chinese and Japanese) found within a few characters; failing that, at least never
/// inside a character (surrogate pair, combining accent, emoji sequence).
/// </summary>
internal static class TextCuts
{
    /// <summary>How far a cut may move to reach a word boundary.</summary>
    public const int Slack = 20;

    /// <summary>A start near <paramref name="near"/>, no later than <paramref name="latest"/>.</summary>
    public static int StartNear(string text, int near, int latest)
    {
        if (near <= 0) return 0;
        if (IsWordBoundary(text, near)) return near;
        for (var p = near + 1; p <= Math.Min(latest, near + Slack); p++)
            if (IsWordBoundary(text, p)) return p;
        for (var p = near - 1; p >= Math.Max(0, near - Slack); p--)
            if (IsWordBoundary(text, p)) return p;
        return SafeAtOrBefore(text, near);
    }

    /// <summary>An end near <paramref name="near"/>, no earlier than <paramref name="earliest"/>.</summary>
    public static int EndNear(string text, int near, int earliest)
    {
        if (near >= text.Length) return text.Length;
        if (IsWordBoundary(text, near)) return near;
        for (var p = near - 1; p >= Math.Max(earliest, near - Slack); p--)
            if (IsWordBoundary(text, p)) return p;
        for (var p = near + 1; p <= Math.Min(text.Length, near + Slack); p++)
            if (IsWordBoundary(text, p)) return p;
        return Math.Max(earliest, SafeAtOrBefore(text, near));
    }

    public static bool IsWordBoundary(string text, int p) =>
        p <= 0 || p >= text.Length
        || char.IsWhiteSpace(text[p - 1]) || char.IsWhiteSpace(text[p])
        || ((IsWrittenWithoutSpaces(text[p - 1]) || IsWrittenWithoutSpaces(text[p])) && IsInsideNoCharacter(text, p));

    private static int SafeAtOrBefore(string text, int p)
    {
        while (p > 0 && !IsInsideNoCharacter(text, p)) p--;
        return p;
    }

    /// <summary>Cutting at <paramref name="p"/> splits no surrogate pair and separates no mark, joiner or modifier from its base.</summary>
    private static bool IsInsideNoCharacter(string text, int p)
    {
        if (p <= 0 || p >= text.Length) return true;
        if (char.IsLowSurrogate(text[p]) || text[p - 1] == '\u200D') return false;
        Rune.DecodeFromUtf16(text.AsSpan(p), out var next, out _);
        if (next.Value is >= 0x1F3FB and <= 0x1F3FF) return false; // emoji skin tone
        return Rune.GetUnicodeCategory(next) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.EnclosingMark or UnicodeCategory.Format);
    }

    /// <summary>CJK ideographs, kana and full-width forms: scripts with no spaces between words.</summary>
    private static bool IsWrittenWithoutSpaces(char c) =>
        c is >= '\u2E80' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' or >= '\uFF00' and <= '\uFFEF';
}
