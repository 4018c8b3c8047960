using System.Text.RegularExpressions;

namespace SearchEngine.Indexing.Cleaning;

/// <summary>
/// News agencies and picture credits: a page that carries their copy or photos credits them ("© Reuters 2008",
/// "REUTERS / POOL", "Photo: AFP"), but they are not its publisher, nor a person who wrote it.
/// </summary>
public static partial class NewsAgencies
{
    private static readonly HashSet<string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        "Reuters", "Reuter", "Thomson Reuters", "AP", "Associated Press", "The Associated Press", "AFP", "Agence France-Presse",
        "Agence France Presse", "PA", "Press Association", "The Press Association", "PA Media", "The Canadian Press", "Canadian Press",
        "AAP", "Australian Associated Press", "DPA", "ANSA", "EFE", "EPA", "Yonhap", "Xinhua", "TASS", "Interfax", "Kyodo",
        "UPI", "United Press International", "Bloomberg News", "Getty Images", "Getty", "Pool", "Sapa", "IANS", "PTI", "Press Trust of India", "AP Photo",
        "Reuters Pictures", "WENN", "Rex Features", "Shutterstock", "Alamy",
    };

    private static readonly HashSet<string> CreditWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "photo", "photos", "photograph", "picture", "pictures", "image", "images", "pool", "file", "getty", "credit", "via",
    };

    /// <summary>Whether the name is an agency, or a credit made of agency names and picture words ("REUTERS / POOL", "Photo: AFP").</summary>
    public static bool IsAgency(string name)
    {
        var trimmed = CompanySuffix().Replace(name.Trim().TrimEnd('.'), "");
        if (Names.Contains(trimmed)) return true;
        var parts = trimmed.Split(['/', ':', '-', '–', ',', '|', '(', ')'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length > 1 && parts.All(p => Names.Contains(p) || IsCreditWords(p) || IsYear(p))) return true;
        var words = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Any(CreditWords.Contains) && words.All(w => Names.Contains(w) || CreditWords.Contains(w) || IsYear(w))
               || (words.Length > 1 && words.Any(IsYear) && Names.Contains(string.Join(' ', words.Where(w => !IsYear(w)))));
    }

    private static bool IsCreditWords(string part) => part.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(CreditWords.Contains);

    private static bool IsYear(string word) => word.Length == 4 && word.All(char.IsDigit);

    /// <summary>"Press Association Ltd": the company form of an agency's name is the agency.</summary>
    [GeneratedRegex(@",?\s+(?:ltd|limited|plc|inc|llc)\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CompanySuffix();
}
