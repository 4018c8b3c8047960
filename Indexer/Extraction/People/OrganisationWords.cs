namespace SearchEngine.Indexing.Extraction.People;

/// <summary>
/// The words an article also uses inside an organisation's name ("Amoco Corp", "Chrysler Motors"): such a word said to
/// speak elsewhere in the article ("Amoco said he") is the firm speaking through someone, not a person.
/// </summary>
public sealed class OrganisationWords
{
    private readonly HashSet<string> _keys = [];

    public void Add(NameRun run)
    {
        if (run.Words.Count < 2 || !run.Words.Any(NonPersonWords.Organisations.Contains)) return;
        foreach (var word in run.Words) _keys.Add(NameFolding.Key([word]));
    }

    public bool Contains(PersonName oneWord) => _keys.Contains(oneWord.Key);
}
