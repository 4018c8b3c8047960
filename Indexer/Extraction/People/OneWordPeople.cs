namespace SearchEngine.Indexing.Extraction.People;

/// <summary>
/// People an article names by one word only ("President Suharto", "striker Ronaldo", "(Pires 35th)"). A word that
/// stands for a full name the article gives ("Hariri" beside "Rafik Hariri") is that person, not another; any other word
/// that bears a title, a role or a score-sheet mark itself is a person of its own, and so is one a speech verb and a
/// personal pronoun mark as speaking (<see cref="OneWordSpeaker"/>) that the article never uses in an organisation's name.
/// Neither is a word the article writes after a title inside a firm's name ("General Binding Corp"): there the title is
/// the firm's first word.
/// </summary>
public static class OneWordPeople
{
    /// <summary>The first mention of each person named by one word only, among the article's short forms.</summary>
    public static IEnumerable<Mention> Among(
        IEnumerable<Mention> shortForms, IEnumerable<Mention> fullNames, OrganisationWords organisationWords)
    {
        var keys = fullNames.Select(m => $" {m.Name.Key} ").Distinct().ToList();
        return shortForms
            .Where(m => (m.InContext || (m.Speaks && !organisationWords.Contains(m.Name))) && !keys.Any(k => StandsFor(m.Name, k)) &&
                        !organisationWords.FollowsATitleInAName(m.Name))
            .DistinctBy(m => m.Name.Key);
    }

    /// <summary>"Hariri" and "De Kock" stand for "Rafik Hariri" and "Eugene de Kock": any whole words of the full name.</summary>
    private static bool StandsFor(PersonName shortForm, string paddedFullKey) =>
        paddedFullKey.Contains($" {shortForm.Key} ", StringComparison.Ordinal);
}
