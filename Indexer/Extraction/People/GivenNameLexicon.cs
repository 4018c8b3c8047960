using System.Reflection;

namespace SearchEngine.Indexing.Extraction.People;

/// <summary>
/// The large given-name lexicon shipped with the indexer (Lexicon/given-names.txt, sources and licences in
/// Lexicon/PROVENANCE.md): about a hundred thousand names of many languages, so that a prose name such as "Waqar Younis"
/// is known without a hand-made entry. Words that also name places, firms or dates ("Paris", "Sierra", "Autumn") are left
/// out, as the curated list leaves them out: a capital on them proves nothing.
/// </summary>
public static class GivenNameLexicon
{
    private const string Resource = "given-names.txt";

    public static IEnumerable<string> Names()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(Resource)
                           ?? throw new InvalidOperationException($"the indexer was built without {Resource}");
        using var reader = new StreamReader(stream);
        var names = new List<string>(110_000);
        while (reader.ReadLine() is { Length: > 0 } name)
            if (!NonPersonWords.Contains(name)) names.Add(name);
        return names;
    }
}
