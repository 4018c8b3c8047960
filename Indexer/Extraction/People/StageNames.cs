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

    private readonly List<string> _lines = [];
    private readonly HashSet<string> _afterDoctor = new(StringComparer.Ordinal);

    public void AddLine(string line) => _lines.Add(line);

    /// <summary>Notes a run that ends in "Dr" and one word; whether the word stands elsewhere is read only for those.</summary>
    public void Add(NameRun run)
    {
        if (run.Words.Count >= 2 && DoctorTitles.Contains(run.Words[^2])) _afterDoctor.Add(NameFolding.Key([run.Words[^1]]));
    }

    /// <summary>
    /// "Dr Dre" for "Dre" when the article writes the word only after "Dr"; any other name as it is, and so is one whose
    /// display the text does not hold as written (accents folded), where its other mentions cannot be looked for.
    /// </summary>
    public PersonName Named(PersonName oneWord) =>
        _afterDoctor.Contains(oneWord.Key) && _lines.Any(line => line.Contains(oneWord.Display, StringComparison.Ordinal)) &&
        _lines.All(line => OnlyAfterDoctor(line, oneWord.Display))
            ? PersonName.FromWords(["Dr", .. oneWord.Parts])
            : oneWord;

    private static bool OnlyAfterDoctor(string line, string word)
    {
        for (var at = line.IndexOf(word, StringComparison.Ordinal); at >= 0; at = line.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var end = at + word.Length;
            var wholeWord = (at == 0 || !char.IsLetter(line[at - 1])) && (end == line.Length || !char.IsLetter(line[end]));
            if (wholeWord && !DoctorTitles.Contains(WordBefore(line, at))) return false;
        }
        return true;
    }

    /// <summary>The word before position <paramref name="at"/>, past spaces and a title's stop ("Dr. Dre").</summary>
    private static ReadOnlySpan<char> WordBefore(string line, int at)
    {
        var end = at;
        while (end > 0 && (line[end - 1] == ' ' || line[end - 1] == '.' || line[end - 1] == '\u00A0')) end--;
        var start = end;
        while (start > 0 && char.IsLetter(line[start - 1])) start--;
        return line.AsSpan(start, end - start);
    }
}
