using System.Text.RegularExpressions;

namespace SearchEngine.Indexing.Sources.Html;

/// <summary>The day a page's address states in its path: <c>/2024/10/19/</c> or <c>/2024-10-19/</c>; a year and month alone is no day.</summary>
public static partial class DateInAddress
{
    public static string? Of(string? address)
    {
        if (address is null) return null;
        var m = DatePath().Match(address);
        return m.Success ? $"{m.Groups["y"].Value}-{m.Groups["m"].Value.PadLeft(2, '0')}-{m.Groups["d"].Value.PadLeft(2, '0')}" : null;
    }

    [GeneratedRegex(@"/(?<y>(?:19|20)\d{2})[/-](?<m>0?[1-9]|1[0-2])[/-](?<d>0?[1-9]|[12]\d|3[01])(?:/|-|\.|_|$)", RegexOptions.CultureInvariant)]
    private static partial Regex DatePath();
}
