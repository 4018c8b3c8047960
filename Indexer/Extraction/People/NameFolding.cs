using System.Text;

namespace SearchEngine.Indexing.Extraction.People;

/// <summary>
/// Folds name text to plain lower-case ASCII so "José" and "Jose", "Jong-un" and "Jong Un" compare equal.
/// Hand-made because string normalisation is unavailable under invariant globalisation.
/// </summary>
public static class NameFolding
{
    private static readonly Dictionary<char, string> Latin = BuildLatin();

    private static Dictionary<char, string> BuildLatin()
    {
        // Each group: the plain letter, then the accented forms that fold to it.
        string[] groups =
        [
            "a àáâãäåāăąǎ", "A ÀÁÂÃÄÅĀĂĄǍ", "c çćĉċč", "C ÇĆĈĊČ", "d ďđ", "D ĎĐ", "e èéêëēĕėęě", "E ÈÉÊËĒĔĖĘĚ",
            "g ĝğġģ", "G ĜĞĠĢ", "h ĥħ", "H ĤĦ", "i ìíîïĩīĭįı", "I ÌÍÎÏĨĪĬĮİ", "j ĵ", "J Ĵ", "k ķ", "K Ķ",
            "l ĺļľŀł", "L ĹĻĽĿŁ", "n ñńņňŉ", "N ÑŃŅŇ", "o òóôõöøōŏőǒ", "O ÒÓÔÕÖØŌŎŐǑ", "r ŕŗř", "R ŔŖŘ",
            "s śŝşšș", "S ŚŜŞŠȘ", "t ţťŧț", "T ŢŤŦȚ", "u ùúûüũūŭůűųǔ", "U ÙÚÛÜŨŪŬŮŰŲǓ", "w ŵ", "W Ŵ",
            "y ýÿŷ", "Y ÝŸŶ", "z źżž", "Z ŹŻŽ",
        ];
        var map = new Dictionary<char, string>();
        foreach (var group in groups)
            foreach (var accented in group[2..])
                map[accented] = group[..1];
        map['ß'] = "ss";
        map['æ'] = "ae";
        map['Æ'] = "Ae";
        map['œ'] = "oe";
        map['Œ'] = "Oe";
        map['þ'] = "th";
        map['Þ'] = "Th";
        map['ð'] = "d";
        map['Ð'] = "D";
        return map;
    }

    public static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ' or '‘';

    public static bool IsHyphen(char c) => c is '-' or '‐' or '‑';

    /// <summary>The text with accented Latin letters replaced by plain ones; case and punctuation kept.</summary>
    public static string StripDiacritics(string text)
    {
        if (IsAscii(text)) return text;
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (Latin.TryGetValue(c, out var plain)) sb.Append(plain);
            else if (IsApostrophe(c)) sb.Append('\'');
            else if (IsHyphen(c)) sb.Append('-');
            else sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>Lower-case ASCII form of one word, keeping its hyphens and apostrophes: the form lexicons are keyed by.</summary>
    public static string Fold(string word) => StripDiacritics(word).ToLowerInvariant();

    /// <summary>
    /// The merge key of a name: folded, hyphens read as spaces, apostrophes and periods dropped,
    /// so "Kim Jong-un" and "Kim Jong Un" (or "O'Brien" and "OBrien") get one key.
    /// </summary>
    public static string Key(IEnumerable<string> words) => string.Join(' ', words.SelectMany(KeyParts));

    /// <summary>The folded parts of one word: "Jong-un" gives "jong" and "un", "O'Brien" gives "obrien".</summary>
    public static IEnumerable<string> KeyParts(string word) =>
        Fold(word).Replace("'", "").Replace(".", "").Split('-', StringSplitOptions.RemoveEmptyEntries);

    private static bool IsAscii(string text)
    {
        foreach (var c in text)
            if (c > 127) return false;
        return true;
    }
}
