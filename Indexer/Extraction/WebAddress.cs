using System.Text.RegularExpressions;

namespace SearchEngine.Indexing.Extraction;

/// <summary>Text that is a web or mail address rather than words: "https://…", "www.…", "site.com/…", "jane@site.org".</summary>
public static partial class WebAddress
{
    public static bool IsLike(string text) => Shape().IsMatch(text);

    [GeneratedRegex(@"^[(<]?(?:[a-z][a-z0-9+.-]*://|www\.|[\w.-]+@[\w-]+\.|[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|co|uk|io|info|edu|gov)\b(?:/|$))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
