namespace SearchEngine.Indexing.Extraction.People;

/// <summary>
/// The words an article also uses inside an organisation's name ("Amoco Corp", "Chrysler Motors"): such a word said to
/// speak elsewhere in the article ("Amoco said he") is the firm speaking through someone, not a person.
/// </summary>
public sealed class OrganisationWords
{
    private readonly List<NameRun> _runs = [];

    public void Add(NameRun run)
    {
        if (run.Words.Count < 2) return;
        foreach (var word in run.Words)
        {
            if (!NonPersonWords.Organisations.Contains(word)) continue;
            _runs.Add(run);
            return;
        }
    }

    /// <summary>Folds the firms' words only when asked: most articles have no one-word speaker to check.</summary>
    public bool Contains(PersonName oneWord) =>
        _runs.Any(run => run.Words.Any(word => NameFolding.Key([word]) == oneWord.Key));
}
