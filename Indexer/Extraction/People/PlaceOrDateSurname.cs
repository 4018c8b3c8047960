namespace SearchEngine.Indexing.Extraction.People;

/// <summary>
/// A known given name and then a surname that is also a place or a date word: "Theresa May", "Dick Spring", "Barry
/// Lane", "Dominic Cork". A capital proves nothing on such a pair ("Victoria Station", "Grant Park"), so it is a name
/// only where something else marks a person: a title or role, a results table's rank, a list of people.
/// </summary>
public static class PlaceOrDateSurname
{
    public static bool Is(IReadOnlyList<string> words) =>
        words is [var given, var surname] && GivenNames.All.Contains(given) && !NonPersonWords.Contains(given) &&
        (NonPersonWords.Places.Contains(surname) || NonPersonWords.TimeWords.Contains(surname)) &&
        !NonPersonWords.Organisations.Contains(surname) && !NonPersonWords.Demonyms.Contains(surname);
}
