using AngleSharp.Dom;

namespace SearchEngine.Indexing.Sources.Html;

/// <summary>
/// The page's <c>&lt;meta&gt;</c> tags by property, name or itemprop (case-insensitive), collected in one pass; the first
/// non-blank content of each key counts, as a browser or crawler would read it, except where a key is repeated to list
/// several values (a <c>citation_author</c> tag per author).
/// </summary>
public sealed class MetaTags
{
    private static readonly string[] KeyAttributes = ["property", "name", "itemprop"];

    private readonly Dictionary<string, List<string>> _contents = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The keys in the order the page first gives each.</summary>
    private readonly List<string> _keys = [];

    public static MetaTags Of(IDocument document)
    {
        var tags = new MetaTags();
        foreach (var meta in document.GetElementsByTagName("meta"))
        {
            var content = meta.GetAttribute("content")?.Trim();
            if (string.IsNullOrEmpty(content)) continue;
            foreach (var attribute in KeyAttributes)
                if (meta.GetAttribute(attribute)?.Trim() is { Length: > 0 } key)
                    tags.Add(key, content);
        }
        return tags;
    }

    private void Add(string key, string content)
    {
        if (_contents.TryGetValue(key, out var values)) values.Add(content);
        else
        {
            _contents[key] = [content];
            _keys.Add(key);
        }
    }

    private bool TryGet(string key, out string value)
    {
        value = _contents.TryGetValue(key, out var values) ? values[0] : "";
        return values is not null;
    }

    /// <summary>The first of <paramref name="keys"/> the page has, with "meta KEY" as its origin.</summary>
    public Stated? First(params ReadOnlySpan<string> keys)
    {
        foreach (var key in keys)
            if (TryGet(key, out var value)) return new Stated(value, "meta " + key);
        return null;
    }

    /// <summary>
    /// The values of twitter:dataN whose twitter:labelN names them ("Written by" → the author), as link previews show them.
    /// </summary>
    public IEnumerable<Stated> Labelled(params string[] labels)
    {
        for (var n = 1; n <= 4; n++)
            if (TryGet($"twitter:label{n}", out var label) && labels.Contains(label.Trim().TrimEnd(':'), StringComparer.OrdinalIgnoreCase)
                && TryGet($"twitter:data{n}", out var value))
                yield return new Stated(value, $"meta twitter:data{n} ({label})");
    }

    /// <summary>Every value of each key <paramref name="named"/> accepts, keys in the order the page first gives them.</summary>
    public IEnumerable<Stated> Where(Func<string, bool> named) => All(_keys.Where(named).ToArray());

    /// <summary>Every value of each of <paramref name="keys"/> the page has, in that order.</summary>
    public IEnumerable<Stated> All(params string[] keys)
    {
        foreach (var key in keys)
            if (_contents.TryGetValue(key, out var values))
                foreach (var value in values)
                    yield return new Stated(value, "meta " + key);
    }
}
