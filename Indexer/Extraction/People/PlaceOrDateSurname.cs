namespace SearchEngine.Indexing.Extraction.People;

/// <summary>
/// A known given name and then a surname that is also a place or a date word: "Theresa May", "Dick Spring", "Barry
/// Lane", "Dominic Cork". A capital proves nothing on such a pair ("Victoria Station", "Grant Park"), so it is a name
/// only where something else marks a person: a title or role, a results table's rank, a list of people.
/// </summary>
public static class PlaceOrDateSurname
{
    /// <summary>
    /// Kinds of land, water and state that end a place's name after a given name ("Prince Edward Island", "Queen Charlotte
    /// Islands") and that no surname is, unlike "Lane", "Hall" or "Park".
    /// </summary>
    private static readonly WordList PlaceKinds =
        new("island islands isle isles sea ocean gulf strait straits peninsula province region territory republic kingdom");

    public static bool Is(IReadOnlyList<string> words) =>
        words is [var given, var surname] && GivenNames.All.Contains(given) && !NonPersonWords.Contains(given) &&
        !PlaceKinds.Contains(surname) && (NonPersonWords.Places.Contains(surname) || NonPersonWords.TimeWords.Contains(surname)) &&
        !NonPersonWords.Organisations.Contains(surname) && !NonPersonWords.Demonyms.Contains(surname);
}
