namespace SearchEngine.Indexing.Extraction.People;

/// <summary>
/// A side's row in a league table: games played, won, drawn and lost, then goals and points ("Rapid Vardo 4 2 1 1 6 3 7").
/// The games played are the sum of the next three figures, which a player's line ("72 75 70" strokes, "3 6 1 344" innings,
/// not outs and runs) gives only by chance; so a club named like a person ("Fortuna", "Victoria") is no person there.
/// </summary>
public static class StandingsRow
{
    public static bool Is(NameRun run) =>
        run.FiguresAfter is [var played, var won, var drawn, var lost, ..] && played > 0 && played == won + drawn + lost;
}
