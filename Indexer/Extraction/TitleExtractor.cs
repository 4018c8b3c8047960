using SearchEngine.Indexing.Cleaning;
using SearchEngine.Indexing.Sources;

namespace SearchEngine.Indexing.Extraction;

/// <summary>The title: as the source states it, else the headline the cleaning rules found, else the body's opening words.</summary>
public static class TitleExtractor
{
    private const int MaxOpening = 120;

    public static string Extract(CleanedPage page, ExplicitMetadata meta) => Find(page, meta).Value;

    public static Found<string> Find(CleanedPage page, ExplicitMetadata meta)
    {
        if (!string.IsNullOrWhiteSpace(meta.Title)) return new(PageSplitter.Normalise(meta.Title), meta.Origins.Title ?? Found<string>.Stated);
        if (page.OfKind(LineKind.Title).FirstOrDefault() is { } headline) return new(headline.Text, "text: headline line");
        return page.BodyParagraphs.FirstOrDefault() is { } first ? new(Opening(first), "text: opening sentence") : new("", null);
    }

    /// <summary>The first sentence, cut at a word boundary when it is too long to stand as a title.</summary>
    private static string Opening(string paragraph)
    {
        var end = paragraph.IndexOfAny(['.', '!', '?']);
        var sentence = end > 0 ? paragraph[..(end + 1)] : paragraph;
        if (sentence.Length <= MaxOpening) return sentence;
        var cut = sentence.LastIndexOf(' ', MaxOpening);
        return (cut > 0 ? sentence[..cut] : sentence[..MaxOpening]) + "…";
    }
}
