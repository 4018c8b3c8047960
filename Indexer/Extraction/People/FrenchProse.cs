namespace SearchEngine.Indexing.Extraction.People;

/// <summary>
/// Whether an article is written in French, told by its own function words. French writes "M." and "MM." before a
/// surname for Monsieur and Messieurs ("a déclaré M. Martin"), where English writes an initial ("M. Night Shyamalan",
/// a scorecard's "M. Atherton"). The text is the evidence because plain text and JSON Lines carry no language, and a
/// page's language tag names the site's language, which an article quoted or syndicated from elsewhere need not share.
/// </summary>
public static class FrenchProse
{
    /// <summary>
    /// Words of any French sentence that English prose does not use: articles, pronouns, prepositions and the verb
    /// "est" and "ont". Not "de", "du", "la" or "le", which open names in English text too ("Charles de Gaulle", "Le Pen").
    /// </summary>
    private static readonly WordList French = new("""
        les des une est sont ont été était avec dans pour qui que au aux sur ces cette mais nous vous ils elles leur selon après
        """);

    /// <summary>The English function words as common as those, for a page that quotes a French phrase.</summary>
    private static readonly WordList English = new("the and of to is that with for was are");

    /// <summary>Fewer French words than this say nothing: a title or a quoted phrase ("crème de la crème", "les Bleus").</summary>
    private const int MinimumWords = 3;

    /// <summary>
    /// The article writes "M." or "MM." before a capitalised word and is French: lower-case French function words
    /// outnumber the English ones, and there are a few. Only articles with such an "M." are read for their language.
    /// </summary>
    public static bool WritesMonsieur(IReadOnlyList<string> lines)
    {
        if (!lines.Any(line => line.Contains("M. ", StringComparison.Ordinal))) return false;
        var french = 0;
        var english = 0;
        foreach (var line in lines)
            foreach (var range in line.AsSpan().SplitAny(" ,.;:!?()«»\"'’\u00A0"))
            {
                var word = line.AsSpan()[range];
                if (word.IsEmpty || !char.IsLower(word[0])) continue;
                if (French.Contains(word)) french++;
                else if (English.Contains(word)) english++;
            }
        return french >= MinimumWords && french > english;
    }
}
