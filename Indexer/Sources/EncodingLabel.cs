using System.Collections.Frozen;
using System.Text;

namespace SearchEngine.Indexing.Sources;

/// <summary>
/// The encoding a charset label names, as browsers read it (the WHATWG Encoding Standard), not as the label's own
/// standard defines it: pages labelled Latin-1 or ASCII were written in Windows-1252 (curly quotes and dashes in
/// 0x80-0x9F, which Latin-1 leaves as control codes), and a page cannot be UTF-16 when its label was read as ASCII.
/// </summary>
public static class EncodingLabel
{
    /// <summary>Windows-1252, the standard's fallback for pages in Western languages that declare nothing.</summary>
    public static Encoding Windows1252 { get; } = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    /// <summary>The labels the standard reads as another encoding than .NET does, by code page.</summary>
    private static readonly FrozenDictionary<string, int> Remapped = new Dictionary<string, int>
    {
        // Latin-1 and ASCII labels: Windows-1252.
        ["ansi_x3.4-1968"] = 1252, ["ascii"] = 1252, ["cp819"] = 1252, ["csisolatin1"] = 1252, ["ibm819"] = 1252,
        ["iso-8859-1"] = 1252, ["iso-ir-100"] = 1252, ["iso8859-1"] = 1252, ["iso88591"] = 1252, ["iso_8859-1"] = 1252,
        ["iso_8859-1:1987"] = 1252, ["l1"] = 1252, ["latin1"] = 1252, ["us-ascii"] = 1252, ["x-cp1252"] = 1252,
        // Turkish Latin-5 labels: Windows-1254; Thai: Windows-874.
        ["csisolatin5"] = 1254, ["iso-8859-9"] = 1254, ["iso-ir-148"] = 1254, ["iso8859-9"] = 1254, ["iso88599"] = 1254,
        ["iso_8859-9"] = 1254, ["iso_8859-9:1989"] = 1254, ["l5"] = 1254, ["latin5"] = 1254, ["x-cp1254"] = 1254,
        ["dos-874"] = 874, ["iso-8859-11"] = 874, ["iso8859-11"] = 874, ["iso885911"] = 874, ["tis-620"] = 874,
        // Korean EUC labels: the Windows code page that extends it; Chinese GB2312 labels: GBK, which extends it.
        ["cseuckr"] = 949, ["csksc56011987"] = 949, ["euc-kr"] = 949, ["iso-ir-149"] = 949, ["korean"] = 949,
        ["ks_c_5601-1987"] = 949, ["ks_c_5601-1989"] = 949, ["ksc5601"] = 949, ["ksc_5601"] = 949, ["windows-949"] = 949,
        ["chinese"] = 936, ["csgb2312"] = 936, ["csiso58gb231280"] = 936, ["gb2312"] = 936, ["gb_2312"] = 936,
        ["gb_2312-80"] = 936, ["gbk"] = 936, ["iso-ir-58"] = 936, ["x-gbk"] = 936,
        // UTF-8's labels, and UTF-16's: a label read from bytes read as ASCII cannot be right about UTF-16.
        ["unicode-1-1-utf-8"] = 65001, ["unicode11utf8"] = 65001, ["unicode20utf8"] = 65001, ["utf-8"] = 65001,
        ["utf8"] = 65001, ["x-unicode20utf8"] = 65001, ["csunicode"] = 65001, ["iso-10646-ucs-2"] = 65001,
        ["ucs-2"] = 65001, ["unicode"] = 65001, ["unicodefeff"] = 65001, ["utf-16"] = 65001, ["utf-16le"] = 65001,
        ["utf-16be"] = 65001, ["unicodefffe"] = 65001,
    }.ToFrozenDictionary();

    /// <summary>
    /// Labels the standard decodes as nothing (the ISO-2022 encodings it dropped, which let a page hide markup from
    /// filters), and UTF-7, which it never knew: such a declaration is ignored.
    /// </summary>
    private static readonly FrozenSet<string> Refused =
        FrozenSet.ToFrozenSet(["csiso2022kr", "hz-gb-2312", "iso-2022-cn", "iso-2022-cn-ext", "iso-2022-kr", "utf-7", "x-user-defined"]);

    /// <summary>The encoding <paramref name="label"/> names; null when it names none, or one .NET cannot decode.</summary>
    public static Encoding? Named(string label)
    {
        var name = label.Trim().ToLowerInvariant();
        if (Remapped.TryGetValue(name, out var codePage))
            return codePage == 65001 ? new UTF8Encoding(false) : CodePagesEncodingProvider.Instance.GetEncoding(codePage);
        return Refused.Contains(name) ? null : CodePagesEncodingProvider.Instance.GetEncoding(name);
    }
}
