namespace SearchEngine.Indexing.Extraction.People;

/// <summary>
/// Gathers the people named in one article, line by line (a name listed among people is one, <see cref="ListedNames"/>),
/// then settles them: variants merge by key, a surname used alone with a title or speech verb ("Mr Doughty said")
/// confirms the one full name it can stand for, and such a word that stands for no full name is a person named by one
/// word (<see cref="OneWordPeople"/>) unless the article writes it in lower case too (<see cref="CommonNounUse"/>), with
/// "Dr" kept where it is part of a stage name (<see cref="StageNames"/>). Names
/// come out in order of first mention; a later variant with or without a middle initial is the same person.
/// </summary>
/// <param name="frenchAddress">
/// The article is French and writes "M." before names (<see cref="FrenchProse"/>): there it is Monsieur, not an initial.
/// </param>
public sealed class ArticlePeople(bool frenchAddress = false)
{
    private readonly List<Mention> _fullNames = [];
    private readonly List<Mention> _shortForms = [];
    private readonly OrganisationWords _organisationWords = new();
    private readonly CommonNounUse _commonNouns = new();
    private readonly StageNames _stageNames = new();

    /// <summary>The rows of the table the last lines were, which vouch for each other once the table ends.</summary>
    private readonly List<(NameRun Run, Mention? Mention)> _tableRows = [];

    public void AddLine(string line)
    {
        _commonNouns.Add(line);
        _stageNames.AddLine(line);
        var scanned = NameRunScanner.Scan(line, frenchAddress);
        var read = new List<(NameRun Run, Mention? Mention)>(scanned.Runs.Count);
        foreach (var run in scanned.Runs)
        {
            _organisationWords.Add(run);
            _stageNames.Add(run);
            read.Add((run, NameRunReader.Read(run)));
        }
        if (StatisticsTable.IsRow(line, scanned.Runs))
        {
            _tableRows.Add(read[0]);
            return;
        }
        AddTableRows();
        AddMentions(ListedNames.Vouch(read), scanned.HeadlineCased);
    }

    private void AddTableRows()
    {
        if (_tableRows.Count == 0) return;
        AddMentions(ListedNames.VouchWithin(_tableRows).ToList(), headlineCased: false);
        _tableRows.Clear();
    }

    private void AddMentions(IEnumerable<Mention?> mentions, bool headlineCased)
    {
        foreach (var mention in mentions)
            if (mention is not null) Add(mention with { Order = _fullNames.Count + _shortForms.Count }, headlineCased);
    }

    private void Add(Mention mention, bool headlineCased)
    {
        // In headline case every word has a capital, so a title before one ("Chief Investigated") proves nothing.
        if (mention.Kind == MentionKind.ShortForm) _shortForms.Add(mention with
        {
            InContext = mention.InContext && !headlineCased,
            Speaks = mention.Speaks && !headlineCased,
        });
        else if (!headlineCased) _fullNames.Add(mention);
    }

    public IReadOnlyList<PersonName> People()
    {
        AddTableRows();
        var confirmed = _fullNames.Where(m => m.Kind == MentionKind.Person).Select(m => m.Name.Key).ToHashSet();
        foreach (var key in TentativesConfirmedByShortForms()) confirmed.Add(key);

        var seen = new HashSet<string>();
        var fullNames = _fullNames
            .Where(m => confirmed.Contains(m.Name.Key) && !_organisationWords.NamesAFirm(m.Name) && seen.Add(m.Name.KeyWithoutInitials))
            .ToList();
        fullNames.RemoveAll(m => fullNames.Any(longer => m.Name.IsLaterPartOf(longer.Name)));
        var oneWord = OneWordPeople.Among(_shortForms, _fullNames, _organisationWords)
            .Where(m => !_commonNouns.Names(m.Name))
            .Select(m => m with { Name = _stageNames.Named(m.Name) });
        return fullNames.Concat(oneWord).OrderBy(m => m.Order).Select(m => m.Name).ToList();
    }

    /// <summary>
    /// Full names whose short form is used alone, in context (the only short forms the reader yields), and could mean
    /// no one else in the article. A name only ever seen opening a sentence ("Troubled Marsh ...") may be a capitalised
    /// word before a surname, so it does not count.
    /// </summary>
    private IEnumerable<string> TentativesConfirmedByShortForms()
    {
        var byShortForm = _fullNames
            .Where(m => m.Kind == MentionKind.Person || !m.OpensSentence)
            .GroupBy(m => m.Name.ShortFormKey)
            .ToDictionary(g => g.Key, g => g.Select(m => m.Name.Key).Distinct().ToList());
        foreach (var shortForm in _shortForms)
            if (byShortForm.TryGetValue(shortForm.Name.Key, out var candidates) && candidates.Count == 1)
                yield return candidates[0];
    }
}
