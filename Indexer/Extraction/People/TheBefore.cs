namespace SearchEngine.Indexing.Extraction.People;

/// <summary>
/// "The" right before a capitalised run names a thing: "the Houston Astros", "the Rose Bowl", "the Brady Bill", "the
/// Old Testament". News writes a person's name bare; "the" before a name belongs to a nationality, title or body that
/// opens the run ("the American Carl Lewis", "the Reverend Jesse Jackson", "the Exchequer Nigel Lawson").
/// </summary>
public static class TheBefore
{
    /// <param name="run">The run as scanned.</param>
    /// <param name="nameOpensRun">No nationality, title or other word had to be dropped from the run's front.</param>
    public static bool NamesAThing(NameRun run, bool nameOpensRun) => nameOpensRun && run.Before is "the" or "The";
}
