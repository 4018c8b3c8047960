namespace SearchEngine.Indexing.Extraction.People;

/// <summary>
/// The words an article also uses inside an organisation's name ("Amoco Corp", "Chrysler Motors"): such a word said to
/// speak elsewhere in the article ("Amoco said he") is the firm speaking through someone, not a person. And the names of
/// firms named after people, which business news writes in full once, with the legal form ("Dayton Hudson Corp",
/// "Phelps Dodge Corp"), and then without it ("Dayton Hudson's sales rose"): there too they name the firm. So do a
/// brand and model the article writes as a thing with its model number ("the Acer Swift 16"), wherever it names them.
/// </summary>
public sealed class OrganisationWords
{
    private readonly List<NameRun> _runs = [];
    private readonly List<string> _firmNames = [];
    private readonly HashSet<string> _wordsAfterTitles = [];

    public void Add(NameRun run)
    {
        var beforeALegalForm = NameRunReader.IsBeforeALegalForm(run);
        if (beforeALegalForm)
        {
            _firmNames.Add(NameFolding.Key(run.Words));
            AddWordsAfterTitles(run, run.Words.Count);
        }
        if (run.Words.Count < 2) return;
        if (IsNumberedModel(run)) _firmNames.Add(NameFolding.Key(run.Words.Take(run.Words.Count - TrailingInitials(run)).ToList()));
        for (var i = 0; i < run.Words.Count; i++)
        {
            if (!NonPersonWords.Organisations.Contains(run.Words[i])) continue;
            _runs.Add(run);
            if (!beforeALegalForm) AddWordsAfterTitles(run, i);
            // The name is what stands before the firm's first organisation word: "E.F. Hutton" of "E.F. Hutton Group Inc".
            if (i >= 2 && run.Words.Skip(i).Any(NonPersonWords.LegalForms.Contains))
                _firmNames.Add(NameFolding.Key(run.Words.Take(i).ToList()));
            return;
        }
    }

    /// <summary>
    /// "The" before the run and a figure after it: a product's model ("the Acer Aspire Go 15", "the Arlo Pro 5S"). News
    /// writes a person's name bare, and no figure follows it after "the".
    /// </summary>
    private static bool IsNumberedModel(NameRun run) => run.Before is "the" or "The" && !run.FigureAfter.IsEmpty;

    /// <summary>A model's letter before its number ("the Acer Nitro V 16") is no part of the name read from the run.</summary>
    private static int TrailingInitials(NameRun run)
    {
        var count = 0;
        while (count < run.Words.Count - 1 && Initials.IsInitial(run.Words[^(count + 1)])) count++;
        return count;
    }

    /// <summary>
    /// A title opens many firms' names ("General Binding Corp", "King Soopers Supermarkets", "Anchor Glass Container
    /// Corp"), which the article then shortens ("General Binding will carry"), reading as a title and a surname. Only a
    /// title before the organisation word or legal form at <paramref name="end"/> opens the name: after the word, a title
    /// names a person's office in it ("Energy Minister Subroto", "Tory Lord Campbell").
    /// </summary>
    private void AddWordsAfterTitles(NameRun run, int end)
    {
        for (var i = 0; i + 1 < end; i++)
            if (TitleWords.All.Contains(run.Words[i]) && !TitleWords.All.Contains(run.Words[i + 1]))
                _wordsAfterTitles.Add(NameFolding.Key([run.Words[i + 1]]));
    }

    /// <summary>
    /// The word follows a title inside a firm's or organisation's name the article gives: with that title elsewhere it
    /// names the firm again, not a person named by one word.
    /// </summary>
    public bool FollowsATitleInAName(PersonName oneWord) => _wordsAfterTitles.Contains(oneWord.Key);

    /// <summary>Folds the firms' words only when asked: most articles have no one-word speaker to check.</summary>
    public bool Contains(PersonName oneWord) =>
        _runs.Any(run => run.Words.Any(word => NameFolding.Key([word]) == oneWord.Key));

    /// <summary>
    /// The full name is a firm's the article names with its legal form, also after words the run took in before it
    /// ("Retailer Dayton Hudson Corp").
    /// </summary>
    public bool NamesAFirm(PersonName fullName) =>
        _firmNames.Any(firm => firm == fullName.Key || firm.EndsWith($" {fullName.Key}", StringComparison.Ordinal));
}
