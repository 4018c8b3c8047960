namespace SearchEngine.Indexing.Extraction.People;

/// <summary>
/// Places, prizes and institutions named after people, told by the word that follows the name: "Charles de Gaulle
/// airport", "John F. Kennedy stadium", "Nelson Mandela foundation". The capitalised forms ("Rose Bowl", "Henry Hub",
/// "Virginia Tech") are organisation words inside the run, in <see cref="NonPersonWords"/>.
/// </summary>
public static class NamedAfterPeople
{
    private static readonly WordList Things = new("""
        airport airports stadium arena hub bowl tech university college school academy hospital clinic institute
        foundation trust prize prizes award awards trophy cup memorial street avenue boulevard square bridge park
        centre center station library museum gallery theatre theater building tower highway expressway freeway tunnel
        dam canal port harbour harbor island lake glacier reservoir bank scholarship fellowship lecture
        """);

    public static bool Follows(NameRun run) => run.After is [var next, ..] && Things.Contains(next);
}
