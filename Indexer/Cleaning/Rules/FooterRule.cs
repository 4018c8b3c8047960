using System.Text.RegularExpressions;

namespace SearchEngine.Indexing.Cleaning.Rules;

/// <summary>
/// The publisher's sign-off: editor-in-chief lines ("Editor in chief — Kirill Martynov. Terms of use. Privacy policy."),
/// translation and publication credits ("This article has been altered and translated by Sweden Herald",
/// "Published by X"), and the wire's closing signature ("Reuter" at the end of Reuters copy).
/// </summary>
public sealed partial class FooterRule : IPageRule
{
    private const int MaxFooter = 200;
    private const int SignatureReach = 3;

    public void Apply(PageDraft page)
    {
        for (var i = 0; i < page.Count; i++)
        {
            if (!page.IsBody(i)) continue;
            var line = page.Lines[i];
            var nearEnd = i >= page.Count - SignatureReach;
            if ((line.Length <= MaxFooter && IsSignOff(line)) || (nearEnd && IsWireSignature(line)))
                page.Mark(i, LineKind.Footer);
        }
    }

    public static bool IsSignOff(string line) =>
        EditorInChief().IsMatch(line) || TranslatedBy().IsMatch(line) || PublishedBy().IsMatch(line);

    public static bool IsWireSignature(string line) => WireSignature().IsMatch(line);

    [GeneratedRegex(@"^(?:editor[- ]in[- ]chief|chief editor|managing editor|publisher)\s*[:—–-]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EditorInChief();

    /// <summary>The credit may come glued to a byline ("By TTThis article has been ... translated by X"), so it is found anywhere in the line but must end it.</summary>
    [GeneratedRegex(@"(?:^|this (?:article|story|text) (?:has been|was) (?:[\w ]+ )?)translated (?:and \w+ )?by (?-i:\p{Lu})[^.!?]{0,60}\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TranslatedBy();

    [GeneratedRegex(@"^(?:first )?published by (?-i:\p{Lu})[^.!?]{0,60}\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PublishedBy();

    [GeneratedRegex(@"^reuters?(?:\^m|\.{2,}|…)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WireSignature();
}
