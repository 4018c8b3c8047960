using System.Text.RegularExpressions;

namespace SearchEngine.Indexing.Sources.Html;

/// <summary>
/// A meta tag whose name says it holds the publication date, beyond the names the reader lists: each CMS and analytics
/// vendor prefixes its own ("w-published-date", "t_omni_pubdate", "web_publish_date", "og:publish_date") or spells it
/// out ("publicationdate", "dateofpublication"). A print edition's date ("printpubdate") is the paper's next day, and a
/// name that only ends in "pub" ("rbpubdate") says nothing, so the publication word must open the name or a part of it.
/// </summary>
public static partial class PublicationTag
{
    public static bool Names(string key) => Name().IsMatch(key);

    [GeneratedRegex(@"(?:^|[^a-z])(?:pub|publish|published|publication)[-_.]?(?:date|time)$|^date[-_]?of[-_]?publication$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Name();
}
