using System.Text;
using System.Text.RegularExpressions;

namespace SearchEngine.Indexing.Sources.Html;

/// <summary>
/// The encoding a page declares: a <c>&lt;meta charset&gt;</c>, or a <c>&lt;meta http-equiv="Content-Type"&gt;</c>'s
/// content, in the head; else an XML declaration's. Browsers look in the first 1,024 bytes first, and change encoding
/// when the parser meets such a meta later in the head, so the whole head is read (a long head of scripts is common);
/// a meta in the body or in a comment declares nothing. A label naming no encoding is passed over, as browsers do.
/// </summary>
public static partial class DeclaredCharset
{
    public static Encoding? Of(ReadOnlySpan<byte> bytes)
    {
        // Markup is ASCII in every encoding a label may name here, so reading the bytes as Latin-1 finds it.
        var text = Encoding.Latin1.GetString(bytes);
        var head = BodyStart().Match(text) is { Success: true } body ? text[..body.Index] : text;
        foreach (Match meta in Meta().Matches(Comment().Replace(head, " ")))
        {
            var attributes = meta.Groups["attributes"].Value;
            if (Label(attributes) is { } label && EncodingLabel.Named(label) is { } encoding) return encoding;
        }
        return XmlDeclaration().Match(text) is { Success: true } declaration ? EncodingLabel.Named(declaration.Groups["label"].Value) : null;
    }

    private static string? Label(string attributes)
    {
        var values = Attribute().Matches(attributes)
            .GroupBy(a => a.Groups["name"].Value.ToLowerInvariant())
            .ToDictionary(g => g.Key, g => g.First().Groups["value"].Value);
        // An unquoted value runs on into a self-closing slash ('<meta charset=utf-8/>'); no label has one.
        if (values.TryGetValue("charset", out var charset)) return charset.TrimEnd('/');
        return values.TryGetValue("http-equiv", out var equiv) && equiv.Trim().Equals("content-type", StringComparison.OrdinalIgnoreCase)
            && values.TryGetValue("content", out var content) && ContentCharset().Match(content) is { Success: true } found
            ? found.Groups["label"].Value
            : null;
    }

    [GeneratedRegex(@"<body[\s>/]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BodyStart();

    [GeneratedRegex(@"<!--.*?(?:-->|$)", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Comment();

    [GeneratedRegex(@"<meta(?<attributes>[\s/][^>]*)>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Meta();

    [GeneratedRegex(@"(?<name>[^\s=/>]+)\s*=\s*(?:""(?<value>[^""]*)""|'(?<value>[^']*)'|(?<value>[^\s>]+))", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Attribute();

    [GeneratedRegex(@"charset\s*=\s*[""']?(?<label>[^\s;""'/]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex ContentCharset();

    [GeneratedRegex(@"^<\?xml\s[^>]*?encoding\s*=\s*[""'](?<label>[^""']+)[""']", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex XmlDeclaration();
}
