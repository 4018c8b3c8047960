using System.Buffers;
using System.Text.RegularExpressions;

namespace SearchEngine.Indexing.Cleaning.Rules;

/// <summary>
/// Image and photo credits, and the captions that end in one: "Images source: © Getty Images | Anadolu",
/// "Photo: Alexander Zemlianichenko/Officiell pool via AP/TT", "Kim Jong Un sits inside a tank, 13 March 2024. Photo: EPA-EFE / KCNA".
/// A credit is a label and a short name list at the start or end of a line; prose that mentions photos has neither.
/// </summary>
public sealed partial class CreditLineRule : IPageRule
{
    private const int MaxCreditLine = 160;
    private const int MaxCreditWords = 16;
    private const int MaxCaption = 400;

    public void Apply(PageDraft page)
    {
        for (var i = 0; i < page.Count; i++)
            if (page.IsBody(i) && IsCredit(page.Lines[i]))
                page.Mark(i, LineKind.Caption);
    }

    public static bool IsCredit(string line) =>
        (line.Length <= MaxCreditLine && LineShape.WordCount(line) <= MaxCreditWords && (LeadingLabel().IsMatch(line) || ImageLibraryCopyright().IsMatch(line)))
        || (line.Length <= MaxCaption && line.AsSpan().ContainsAny(CreditLabels) && TrailingCredit().IsMatch(line));

    /// <summary>
    /// The labels <see cref="TrailingCredit"/> needs, looked for in one pass first: the regex itself tries every
    /// sentence end and bracket of every caption-length line.
    /// </summary>
    private static readonly SearchValues<string> CreditLabels =
        SearchValues.Create(["Image", "Photo", "Picture", "Foto", "Credit"], StringComparison.Ordinal);

    [GeneratedRegex(@"^[(\[]?(?:images?|photos?|pictures?|photograph|foto|video|illustration)(?:\s+(?:source|credit)s?)?\s*(?::|by\b)|^(?:image\s+)?credits?\s*:",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingLabel();

    [GeneratedRegex(@"^(?:©|\(c\))\s*.*\b(?:getty|shutterstock|alamy|istock|pixabay|unsplash|depositphotos|images?|photos?)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ImageLibraryCopyright();

    [GeneratedRegex(@"(?:[.!?]\s+|\s[(\[])(?:Images?|Photos?|Pictures?|Photograph|Foto|Credit)(?:\s+(?:source|credit))?\s*(?::|by\b)\s*[^.!?:]{1,60}[)\]]?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex TrailingCredit();
}
