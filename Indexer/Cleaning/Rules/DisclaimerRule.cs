using System.Text.RegularExpressions;

namespace SearchEngine.Indexing.Cleaning.Rules;

/// <summary>
/// Notes a site adds about how a text was made: "[This article has been trending online recently and has been generated
/// with AI. Your feed is customized.]", "[Generative AI is experimental.]". They are set apart in brackets or speak of
/// "this article"; a sentence in the story about AI is neither.
/// </summary>
public sealed partial class DisclaimerRule : IPageRule
{
    private const int MaxDisclaimer = 300;

    public void Apply(PageDraft page)
    {
        for (var i = 0; i < page.Count; i++)
            if (page.IsBody(i) && IsDisclaimer(page.Lines[i]))
                page.Mark(i, LineKind.Disclaimer);
    }

    public static bool IsDisclaimer(string line)
    {
        if (line.Length > MaxDisclaimer) return false;
        var bracketed = (line.StartsWith('[') && line.EndsWith(']')) || (line.StartsWith('(') && line.EndsWith(')'));
        return (bracketed && AiMention().IsMatch(line)) || AboutThisText().IsMatch(line) || Labelled().IsMatch(line);
    }

    [GeneratedRegex(@"\b(?:AI|artificial intelligence|generative|automatically generated|machine[- ]translated|your feed)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AiMention();

    [GeneratedRegex(@"^this (?:article|story|text|content|summary) (?:was|has been|is)\b.*\b(?:generated|written|created|produced|summari[sz]ed|translated) (?:with|by|using) (?:the (?:help|assistance) of )?(?:an? )?(?:AI|artificial intelligence|machine translation)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AboutThisText();

    [GeneratedRegex(@"^(?:AI )?disclaimer\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Labelled();
}
