using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;

namespace SearchEngine.Benchmarks;

/// <summary>
/// The text primitives of the html-dev corpus's <c>score.py</c> (Python 3 <c>re</c> and <c>str</c>), reproduced so the
/// <c>html</c> measurement prints the same figures. Differences from Python that remain, all outside real titles, names
/// and article text:
/// <list type="bullet">
/// <item>Python's <c>\w</c> is a code point of category L*, Nd, Nl or No, or '_' (checked over every code point: it does
/// not take combining marks, Mn/Mc, nor other connector punctuation). .NET's <c>\w</c> also takes Mn, Pc and ZWJ/ZWNJ, so
/// words are cut here by category, one code point (<see cref="Rune"/>) at a time. The categories come from each runtime's
/// Unicode version (Python 3.11: 14.0; .NET 10 newer), so they differ only on the ~9,400 code points assigned since 14.0.</item>
/// <item>NFKC and case folding: this project runs with invariant globalization, where .NET's <c>string.Normalize</c> leaves
/// text as it is, so both come from the system's ICU (<c>unorm2_normalize</c>, <c>u_strFoldCase</c>, the full folding
/// Python's <c>casefold</c> does). ICU 72 against Python 3.11: case folding equal on every code point, NFKC differs on 62
/// code points Python's Unicode does not assign. Without ICU the figures are marked as approximate.</item>
/// <item>The author regexes' <c>\b</c> judges a UTF-16 unit, not a code point: a non-BMP letter touching "and" would differ.</item>
/// </list>
/// </summary>
internal static class PythonText
{
    /// <summary>Python's <c>re.findall(r"\w+", text)</c>.</summary>
    public static List<string> Words(string? text)
    {
        var words = new List<string>();
        if (string.IsNullOrEmpty(text)) return words;
        var start = -1;
        var at = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsWord(rune)) { if (start < 0) start = at; }
            else if (start >= 0) { words.Add(text[start..at]); start = -1; }
            at += rune.Utf16SequenceLength;
        }
        if (start >= 0) words.Add(text[start..]);
        return words;
    }

    // A lone surrogate enumerates as U+FFFD, a symbol: not a word character, as in Python.
    private static bool IsWord(Rune rune) => rune.Value == '_' || Rune.GetUnicodeCategory(rune) is
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
        or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
        or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;

    /// <summary><c>norm_text</c>: NFKC, the word tokens only, each case-folded, joined by one space.</summary>
    public static string NormText(string? s) => string.Join(' ', Words(Icu.Nfkc(s ?? "")).Select(Icu.CaseFold));

    // Python's \s also takes U+001C–U+001F; its \w is the class above (see the summary for the surrogate caveat).
    // Under re.I Python's 'i' also matches 'ı' and 'İ'; .NET's invariant ignore-case does not, so they are spelled out.
    private const string Space = @"[\s\x1c-\x1f]";
    private const string Word = @"[\p{L}\p{Nd}\p{Nl}\p{No}_]";
    private static readonly Regex NameSplit = new($@"{Space}*(?:[,;&|/]|(?<!{Word})(?:and|und|et)(?!{Word})){Space}*",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    private static readonly Regex By = new($@"^{Space}*(?:by|von|par|por|door|d[iı\u0130]){Space}+",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary><c>author_set</c>: names split at , ; &amp; | / and "and"/"und"/"et", a leading "By" dropped, normalised like titles.</summary>
    public static HashSet<string> AuthorSet(string? value)
    {
        value = By.Replace(Icu.Nfkc(value ?? ""), "", 1);
        return NameSplit.Split(value).Select(part => NormText(By.Replace(part, "", 1))).Where(n => n.Length > 0)
            .ToHashSet(StringComparer.Ordinal);
    }

    private static readonly Regex Day = new(@"(\d{4})-(\d{2})-(\d{2})");

    /// <summary><c>day_of</c>: the first yyyy-mm-dd in the value.</summary>
    public static string? DayOf(string? value) => value is not null && Day.Match(value) is { Success: true } m ? m.Value : null;

    /// <summary><c>days_apart</c>: null where either is not a real date.</summary>
    public static int? DaysApart(string a, string b) =>
        DateOnly.TryParseExact(a, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var x)
        && DateOnly.TryParseExact(b, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var y)
            ? Math.Abs(x.DayNumber - y.DayNumber) : null;

    /// <summary>NFKC and full case folding from the system's ICU (libicuuc, its symbols suffixed with the version).</summary>
    public static class Icu
    {
        private delegate IntPtr GetInstance(ref int error);
        private delegate int Normalize(IntPtr normalizer, IntPtr source, int length, IntPtr destination, int capacity, ref int error);
        private delegate int FoldCase(IntPtr destination, int capacity, IntPtr source, int length, uint options, ref int error);
        private delegate int Transform(IntPtr source, int length, IntPtr destination, int capacity, ref int error);

        private sealed record Api(Normalize Normalize, IntPtr Nfkc, FoldCase Fold);

        private static readonly Api? Loaded = Load();

        public static bool Available => Loaded is not null;

        public static string Nfkc(string s) =>
            Loaded is { } api ? Call(s, (IntPtr src, int n, IntPtr dest, int cap, ref int e) => api.Normalize(api.Nfkc, src, n, dest, cap, ref e)) : s;

        /// <summary>Python's <c>str.casefold</c>; lower-casing where ICU is missing.</summary>
        public static string CaseFold(string s) =>
            Loaded is { } api ? Call(s, (IntPtr src, int n, IntPtr dest, int cap, ref int e) => api.Fold(dest, cap, src, n, 0, ref e)) : s.ToLowerInvariant();

        private static Api? Load()
        {
            var versions = Enumerable.Range(50, 50).Reverse().ToList();
            foreach (var name in versions.Select(v => $"libicuuc.so.{v}").Prepend("libicuuc.so"))
            {
                if (!NativeLibrary.TryLoad(name, out var library)) continue;
                foreach (var suffix in versions.Select(v => $"_{v}").Prepend(""))
                {
                    if (!NativeLibrary.TryGetExport(library, "unorm2_normalize" + suffix, out var normalize)) continue;
                    var getNfkc = Marshal.GetDelegateForFunctionPointer<GetInstance>(NativeLibrary.GetExport(library, "unorm2_getNFKCInstance" + suffix));
                    var error = 0;
                    var nfkc = getNfkc(ref error);
                    return error > 0 ? null : new Api(Marshal.GetDelegateForFunctionPointer<Normalize>(normalize), nfkc,
                        Marshal.GetDelegateForFunctionPointer<FoldCase>(NativeLibrary.GetExport(library, "u_strFoldCase" + suffix)));
                }
            }
            return null;
        }

        /// <summary>Runs an ICU string function, growing the output buffer once if ICU says it is too small.</summary>
        private static string Call(string s, Transform transform)
        {
            if (s.Length == 0) return s;
            var source = Marshal.StringToHGlobalUni(s);
            try
            {
                for (var capacity = s.Length * 2 + 16; ;)
                {
                    var destination = Marshal.AllocHGlobal(capacity * sizeof(char));
                    try
                    {
                        var error = 0;
                        var length = transform(source, s.Length, destination, capacity, ref error);
                        const int BufferOverflow = 15;
                        if (error == BufferOverflow) { capacity = length; continue; }
                        if (error > 0) throw new InvalidOperationException($"ICU error {error}");
                        return Marshal.PtrToStringUni(destination, length);
                    }
                    finally { Marshal.FreeHGlobal(destination); }
                }
            }
            finally { Marshal.FreeHGlobal(source); }
        }
    }
}
