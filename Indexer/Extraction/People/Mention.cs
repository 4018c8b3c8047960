namespace SearchEngine.Indexing.Extraction.People;

public enum MentionKind
{
    /// <summary>A full name the lexicons or a title vouch for: "Volodymyr Zelensky", "President Yoon Suk Yeol".</summary>
    Person,
    /// <summary>A full name with nothing to vouch for it yet ("Comissaria Smith"); kept only if its surname is used alone as a person's.</summary>
    Tentative,
    /// <summary>
    /// One word that may stand for a full name used elsewhere in the article ("Zelensky said", "President Kim"), or name a
    /// person by one word only (<see cref="OneWordPeople"/>). Only in context.
    /// </summary>
    ShortForm,
}

/// <summary>What one run of capitalised words says about a person.</summary>
/// <param name="InContext">
/// A title, role, score-sheet mark or speech verb stands next to a full name; a title, role or mark of its own next to a
/// short form, which may then be a person named by one word.
/// </param>
/// <param name="OpensSentence">Its first word opens a sentence, so that word's capital proves nothing.</param>
/// <param name="Order">Where the mention stands in the article: people come out in order of first mention.</param>
/// <param name="Speaks">A short form a speech verb marks as a person speaking (<see cref="OneWordSpeaker"/>).</param>
public sealed record Mention(PersonName Name, MentionKind Kind, bool InContext, bool OpensSentence, int Order = 0, bool Speaks = false);
