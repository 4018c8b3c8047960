using SearchEngine.Indexing.Cleaning;
using SearchEngine.Indexing.Extraction;
using SearchEngine.Indexing.Sources;

namespace SearchEngine.Tests.Extraction.People;

/// <summary>The people the extractor finds in body lines, one paragraph each, as the people tests read them.</summary>
internal static class PeopleText
{
    public static IReadOnlyList<string> PeopleIn(params string[] bodyLines) =>
        PeopleExtractor.Extract(Page(bodyLines.Select(l => (l, LineKind.Body)).ToArray()), ExplicitMetadata.None);

    public static CleanedPage Page(params (string Text, LineKind Kind)[] lines) =>
        new(lines.Select((l, i) => new PageLine(i, l.Text, l.Kind)).ToList());
}
