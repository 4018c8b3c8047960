namespace SearchEngine.Indexing.Extraction.People;

/// <summary>
/// People an article names by one word only ("President Suharto", "striker Ronaldo", "(Pires 35th)"). A word that
/// stands for a full name the article gives ("Hariri" beside "Rafik Hariri") is that person, not another; any other word
/// that bears a title, a role or a score-sheet mark itself is a person of its own.
/// </summary>
public static class OneWordPeople
{
    /// <summary>The first mention of each person named by one word only, among the article's short forms.</summary>
    public static IEnumerable<Mention> Among(IEnumerable<Mention> shortForms, IEnumerable<Mention> fullNames)
    {
        var spokenFor = fullNames.SelectMany(m => m.Name.Key.Split(' ').Append(m.Name.ShortFormKey)).ToHashSet();
        return shortForms.Where(m => m.InContext && !spokenFor.Contains(m.Name.Key)).DistinctBy(m => m.Name.Key);
    }
}
