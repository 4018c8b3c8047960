using System.Globalization;

namespace SearchEngine.Indexing.Sources;

/// <summary>
/// The ids of one JSON Lines file's records that state no id. An id must not depend on where the record stands: a feed
/// that gains a record at its top would otherwise shift every id below it, and an update would take the old records for
/// changed and the new one for an old one (<c>saved run --new</c> then shows an old article as new and hides the new).
/// A record with a web address is named by it, read as the same page whatever its case of scheme and host, fragment,
/// default port or closing slash. One without is named by its title, date and the start of its text: correcting a
/// typo further down keeps its id, so an update counts it changed, while another story gets another id. The same
/// address or content met again in the file (a page crawled twice, a record repeated) takes the next number, <c>-2</c>,
/// <c>-3</c>, so both are indexed and copies detection groups them, rather than the second failing as a duplicate id.
/// </summary>
internal sealed class UnnamedRecordIds
{
    /// <summary>Enough of the text to tell stories with one title and date apart (a daily column), and no more.</summary>
    private const int TextPrefix = 500;

    // Keyed by the id's 64 bits rather than its text: a feed of millions of records costs megabytes, not hundreds.
    private readonly Dictionary<ulong, int> _met = [];

    public string Next(string? url, string? title, string? date, string? body)
    {
        var key = url is not null
            ? "url " + Address(url)
            : $"text {title}\n{date}\n{(body is { Length: > TextPrefix } ? body[..TextPrefix] : body)}";
        var id = SourceText.Hash(key)[..16];
        var bits = ulong.Parse(id, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        var count = _met.TryGetValue(bits, out var before) ? before + 1 : 1;
        _met[bits] = count;
        return count == 1 ? id : $"{id}-{count.ToString(CultureInfo.InvariantCulture)}";
    }

    /// <summary>
    /// The address as the page it names: http and https alike (a site that moved keeps its pages), host and scheme in
    /// any case, no fragment, no default port, no closing slash. Text that is no absolute address is taken as written.
    /// </summary>
    private static string Address(string url)
    {
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")) return url.Trim();
        var path = uri.AbsolutePath.TrimEnd('/');
        return $"{uri.Authority}{path}{uri.Query}";
    }
}
