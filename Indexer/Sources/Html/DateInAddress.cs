using System.Globalization;
using System.Text.RegularExpressions;

namespace SearchEngine.Indexing.Sources.Html;

/// <summary>
/// The day a page's address states in its path: <c>/2024/10/19/</c>, <c>/2024-10-19/</c> or <c>/2023/october/03/</c>;
/// a year and month alone is no day.
/// </summary>
public static partial class DateInAddress
{
    public static string? Of(string? address)
    {
        if (address is null) return null;
        var m = DatePath().Match(address);
        if (!m.Success) return null;
        var month = m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) : Array.IndexOf(Months, m.Groups["name"].Value.ToLowerInvariant()[..3]) + 1;
        return $"{m.Groups["y"].Value}-{month:00}-{m.Groups["d"].Value.PadLeft(2, '0')}";
    }

    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    [GeneratedRegex(@"/(?<y>(?:19|20)\d{2})[/-](?:(?<m>0?[1-9]|1[0-2])|(?<name>(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*))[/-](?<d>0?[1-9]|[12]\d|3[01])(?:/|-|\.|_|$)", RegexOptions.CultureInvariant)]
    private static partial Regex DatePath();
}
