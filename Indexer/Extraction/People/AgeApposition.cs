namespace SearchEngine.Indexing.Extraction.People;

/// <summary>An age in apposition, as news gives it for people: "Raju, 8, said" or "Paul Lawrie, 27, of Scotland".</summary>
public static class AgeApposition
{
    /// <param name="apposition">The words right after the comma that follows a name, up to the next punctuation.</param>
    public static bool Is(IReadOnlyList<string> apposition) =>
        apposition is [var age] && age.Length <= 3 && age.All(char.IsAsciiDigit) && age != "0";
}
