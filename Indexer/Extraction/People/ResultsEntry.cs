namespace SearchEngine.Indexing.Extraction.People;

/// <summary>
/// The shape of a competitor's entry in a results table or draw, which marks a name its lexicon does not know: a rank
/// before it ("2. Falilat Ogunkoya 22.58") or a country in brackets after it ("Angeles Montolio (Spain) 6-1").
/// </summary>
public static class ResultsEntry
{
    public static bool Marks(NameRun run) => run.Ranked || IsCountry(run.Bracketed);

    /// <summary>"(Spain)", "(South Africa)", "(U.S.)": place words or initials only.</summary>
    private static bool IsCountry(IReadOnlyList<string> words) =>
        words.Count > 0 && words.All(w => Initials.IsInitial(w) || NonPersonWords.Places.Contains(w));
}
