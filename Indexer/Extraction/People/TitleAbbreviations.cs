namespace SearchEngine.Indexing.Extraction.People;

/// <summary>
/// Titles written short with a stop ("Mr.", "Gen.", "Messrs."): the stop ends neither the name that follows nor the
/// sentence, for the people scanner and for snippets cut at sentence ends alike.
/// </summary>
public static class TitleAbbreviations
{
    private static readonly WordList Words = new(
        "Mr Mrs Ms Dr Prof Gen Lt Col Sgt Capt Adm Gov Sen Rep St Jr Sr Rev Hon Maj Cmdr Fr Mt Ft Messrs Mme Mlle Cpl Pte Supt Insp Det");

    public static bool Contains(ReadOnlySpan<char> word) => Words.Contains(word);
}
