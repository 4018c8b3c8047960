using SearchEngine.Indexing.Cleaning;
using SearchEngine.Indexing.Extraction.People;
using SearchEngine.Indexing.Sources;

namespace SearchEngine.Indexing.Extraction;

/// <summary>
/// The people an article names: canonical full names, or the one word it names someone by ("President Suharto"), each
/// once, in order of first mention. The source's own list wins when it gives one; otherwise they are read from the
/// title and body only, never from page furniture such as captions, bylines or related-story lists.
/// </summary>
public static class PeopleExtractor
{
    public static IReadOnlyList<string> Extract(CleanedPage page, ExplicitMetadata meta)
    {
        var named = NamedInText(page);
        if (meta.People is not { Count: > 0 } listed)
            return named.Select(n => n.Display).ToList();

        // A source that lists only a surname ("volcker") means the person the text names in full ("Paul Volcker").
        return listed.Select(PersonName.FromSource)
            .Select(n => n.Parts.Count == 1 && named.FirstOrDefault(full => full.ShortFormKey == n.Key) is { } full ? full : n)
            .DistinctBy(n => n.Key).Select(n => n.Display).ToList();
    }

    private static List<PersonName> NamedInText(CleanedPage page)
    {
        var people = new ArticlePeople();
        foreach (var line in page.Lines.Where(l => l.Kind is LineKind.Body or LineKind.Title))
            people.AddLine(line.Text);
        return people.People().ToList();
    }
}
