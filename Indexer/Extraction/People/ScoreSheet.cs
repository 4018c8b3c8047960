using System.Text.RegularExpressions;

namespace SearchEngine.Indexing.Extraction.People;

/// <summary>
/// A name's place in a score sheet, which marks a player as surely as a title does: a goal scorer with the minute, after
/// the name or in brackets ("Metz 3 (Pires 35th, Traore 65th)", "Scorers: Kovacs (12th), Pereira (57th, penalty)"), or
/// a batsman, fielder and bowler in a cricket scorecard ("Ijaz Ahmed c Healy b Warne 45", "Waqar Younis not out 0"),
/// and a bowler with his analysis ("Bowling: Vardon 10-1-54-2").
/// </summary>
public static partial class ScoreSheet
{
    /// <summary>Caught, bowled, stumped: the lower-case marks a scorecard puts after a batsman and before a fielder or bowler.</summary>
    private static readonly HashSet<string> DismissalMarks = new(StringComparer.Ordinal) { "b", "c", "st", "lbw" };

    public static bool Marks(NameRun run) =>
        (run.After is [var next, ..] && Minute().IsMatch(next)) ||
        (run.Bracketed is [var first, ..] && Minute().IsMatch(first)) ||
        MarksCricketer(run);

    /// <summary>
    /// The marks of a cricket scorecard, which only a player's name takes: no side or ground is caught, bowled or given
    /// an analysis, so they name a player even by a word that is also a place ("c Hale b Dublin").
    /// </summary>
    public static bool MarksCricketer(NameRun run) =>
        (run.After is [var next, ..] && DismissalMarks.Contains(next)) ||
        run.After is ["not", "out"] ||
        (run.Before is { } before && DismissalMarks.Contains(before)) ||
        (!run.FigureAfter.IsEmpty && BowlingAnalysis().IsMatch(run.FigureAfter.Span));

    /// <summary>A bowler's overs, maidens, runs and wickets: "23-3-112-0", "37.1-7-97-3".</summary>
    [GeneratedRegex("^[0-9]{1,2}(?:\\.[0-5])?-[0-9]{1,2}-[0-9]{1,3}-[0-9]{1,2}[,;.)]?$")]
    private static partial Regex BowlingAnalysis();

    [GeneratedRegex("^[0-9]{1,3}(?:st|nd|rd|th)$")]
    private static partial Regex Minute();
}
