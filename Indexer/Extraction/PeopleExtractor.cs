using SearchEngine.Indexing.Cleaning;
using SearchEngine.Indexing.Extraction.People;
using SearchEngine.Indexing.Sources;

namespace SearchEngine.Indexing.Extraction;

/// <summary>
/// The people an article names: canonical full names, or the one word it names someone by ("President Suharto"), each
/// once: the source's own list first when it gives one, then those read from the title and body in order of first
/// mention, never from page furniture such as captions, bylines or related-story lists. A source's list adds to the text's
/// rather than replacing it: such lists are tags naming whom a story is about (a wire's "volcker"), not everyone it names,
/// and the people facet counts everyone an article names, whatever form the article came in.
/// </summary>
public static class PeopleExtractor
{
    public static IReadOnlyList<string> Extract(CleanedPage page, ExplicitMetadata meta)
    {
        var named = NamedInText(page);
        if (meta.People is not { Count: > 0 } listed)
            return named.Select(n => n.Display).ToList();

        // A source that lists only a surname ("volcker", "de-clercq") means the person the text names in full ("Paul
        // Volcker", "Willy de Clercq").
        return listed.Select(PersonName.FromSource)
            .Select(n => named.FirstOrDefault(full => n.Parts.Count == 1 ? full.ShortFormKey == n.Key : n.IsLaterPartOf(full)) ?? n)
            .Concat(named)
            .DistinctBy(n => n.Key).Select(n => n.Display).ToList();
    }

    private static List<PersonName> NamedInText(CleanedPage page)
    {
        var lines = page.Lines.Where(l => l.Kind is LineKind.Body or LineKind.Title).Select(l => StaffCredits.Without(l.Text)).ToList();
        var people = new ArticlePeople(FrenchProse.WritesMonsieur(lines));
        foreach (var line in lines) people.AddLine(line);
        return people.People().ToList();
    }
}
