namespace SearchEngine.Indexing.Extraction.People;

/// <summary>
/// One-word people whose name keeps the title "Dr": a stage name such as "Dr Dre", which the article writes only after
/// the title, never alone or inside a longer name. News introduces a doctor by a full name first ("Dr Ann Hale", then
/// "Dr Hale"), so a word the article only ever writes straight after "Dr" is what the two words name together, and the
/// facet shows them as the article writes them rather than a word no one is called by ("Dre"). Other titles stay off:
/// "President Suharto", "Mr Doughty" and "Prince Charles" are a person named by one word and a rank or courtesy.
/// </summary>
public sealed class StageNames
{
    private static readonly WordList DoctorTitles = new("dr doctor");

    private readonly HashSet<string> _afterDoctor = new(StringComparer.Ordinal);
    private readonly HashSet<string> _elsewhere = new(StringComparer.Ordinal);

    public void Add(NameRun run)
    {
        var words = run.Words;
        for (var i = 0; i < words.Count; i++)
        {
            var afterDoctor = i == words.Count - 1 && i > 0 && DoctorTitles.Contains(words[i - 1]);
            (afterDoctor ? _afterDoctor : _elsewhere).Add(NameFolding.Key([words[i]]));
        }
    }

    /// <summary>"Dr Dre" for "Dre" when the article writes the word only after "Dr"; any other name as it is.</summary>
    public PersonName Named(PersonName oneWord) =>
        _afterDoctor.Contains(oneWord.Key) && !_elsewhere.Contains(oneWord.Key) ? PersonName.FromWords(["Dr", .. oneWord.Parts]) : oneWord;
}
