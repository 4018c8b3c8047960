namespace SearchEngine.Indexing.Extraction.People;

/// <summary>
/// The shape of a competitor's entry in a results table or draw, which marks a name its lexicon does not know: a rank
/// before it and a result after it ("2. Falilat Ogunkoya 22.58") or a country in brackets after it ("Angeles Montolio
/// (Spain) 6-1").
/// </summary>
public static class ResultsEntry
{
    public static bool Marks(NameRun run) => IsRanked(run) || IsCountry(run.Bracketed);

    /// <summary>
    /// A rank before the run and a figure or bracket after it. A numbered heading has words after it or nothing ("4.
    /// Additional Cost Factors", "6. Use Negative Space: ..."), and its capitals mark no name.
    /// </summary>
    public static bool IsRanked(NameRun run) => run.Ranked && (!run.FigureAfter.IsEmpty || run.Bracketed.Count > 0);

    /// <summary>
    /// A side in a match result, with its goals: "Gloria Bistrita 0 Universitatea Cluj 1". A lone digit follows it, then
    /// the other side or nothing; a player's line holds several numbers ("Moin Khan 2 3 1 158") or larger ones ("Paul
    /// Lawrie 72 75"). After its country in a European cup ("Gloria Bistrita (Romania) 2 Valletta (Malta) 1") the other
    /// side must follow: a lone digit there ends a competitor's line as often ("Sally Boyden (Britain) 9" points).
    /// </summary>
    public static bool IsSideInResult(NameRun run) =>
        IsFollowedByGoals(run.After) || (run.AfterBracket is [var goals, var next] && IsGoals(goals) && char.IsUpper(next[0]));

    private static bool IsFollowedByGoals(IReadOnlyList<string> after) => after switch
    {
        [var goals] => IsGoals(goals),
        [var goals, var next] => IsGoals(goals) && char.IsUpper(next[0]),
        _ => false,
    };

    private static bool IsGoals(string word) => word.Length == 1 && char.IsAsciiDigit(word[0]);

    /// <summary>"(Spain)", "(South Africa)", "(U.S.)": place words or initials only.</summary>
    private static bool IsCountry(IReadOnlyList<string> words) =>
        words.Count > 0 && words.All(w => Initials.IsInitial(w) || NonPersonWords.Places.Contains(w));
}
