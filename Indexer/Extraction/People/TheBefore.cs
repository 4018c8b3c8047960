namespace SearchEngine.Indexing.Extraction.People;

/// <summary>
/// "The" right before a capitalised run names a thing: "the Houston Astros", "the Rose Bowl", "the Brady Bill", "the
/// Old Testament", and so does a capitalised "The" that opens the run ("The X Factor"). News writes a person's name bare;
/// "the" before a name belongs to a nationality, title or body that opens the run ("the American Carl Lewis", "the
/// Reverend Jesse Jackson", "the Exchequer Nigel Lawson").
/// </summary>
public static class TheBefore
{
    /// <param name="run">The run as scanned.</param>
    /// <param name="titled">A title was stripped from the run.</param>
    /// <param name="dropped">How many words before the name were dropped from the run's front.</param>
    public static bool NamesAThing(NameRun run, bool titled, int dropped) =>
        !titled && ((dropped == 0 && run.Before is "the" or "The") || (dropped == 1 && run.Words[0] is "The"));
}
