namespace SearchEngine.Indexing.Extraction.People;

/// <summary>
/// A line that is a row of a results table, a line-up or a list ("Paul Lawrie 72 75 72, Miguel Angel Jimenez (Spain) 74",
/// "Midfielders - Mario Basler, Marco Bode, Dieter Eilts"). Every capitalised run in it ends at a number, a bracket, a
/// comma or the line's end, never at a word, and the line holds numbers or several separators. Its capitals mark names,
/// as in prose, even though nearly every word is capitalised as in a headline.
/// </summary>
public static class TableRow
{
    public static bool Is(string line, IReadOnlyList<NameRun> runs) =>
        runs.Count >= 2 && !runs.Any(EndsAtWord) && (line.Any(char.IsAsciiDigit) || SeparatorCount(line) >= 2);

    /// <summary>
    /// A run followed directly by a word reads on into a phrase ("Bolsonaro Not Allowed to ..."); a number does not, nor
    /// does the "and" of a country in brackets ("Ann Hale (Trinidad and Tobago)"), nor a club's initials or numeral
    /// between the words of its name ("Roda JC Kerkrade 1", "Willem II Tilburg 0"), which no name run takes in.
    /// </summary>
    private static bool EndsAtWord(NameRun run) =>
        run.After is [var next, ..] && !char.IsAsciiDigit(next[0]) && !(run.OpensBracket && next == "and") && !IsInsideAClubsName(run.After);

    private static bool IsInsideAClubsName(IReadOnlyList<string> after) =>
        after is [var initials, var name] && initials.Length <= 3 && initials.All(char.IsAsciiLetterUpper) && char.IsUpper(name[0]);

    /// <summary>
    /// Commas and semicolons between entries, a bracket opening an entry's country or club ("Greg Norman (Australia)"),
    /// and the colon or spaced dash after a list's label ("Goalkeepers - Vitor Baia, Rui Correia").
    /// </summary>
    private static int SeparatorCount(string line) =>
        line.Count(c => c is ',' or ';' or ':' or '(') + CountOf(line, " - ");

    private static int CountOf(string line, string text)
    {
        var count = 0;
        for (var i = line.IndexOf(text, StringComparison.Ordinal); i >= 0; i = line.IndexOf(text, i + 1, StringComparison.Ordinal)) count++;
        return count;
    }
}
