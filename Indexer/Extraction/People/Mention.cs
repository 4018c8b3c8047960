namespace SearchEngine.Indexing.Extraction.People;

public enum MentionKind
{
    /// <summary>A full name the lexicons or a title vouch for: "Volodymyr Zelensky", "President Yoon Suk Yeol".</summary>
    Person,
    /// <summary>A full name with nothing to vouch for it yet ("Comissaria Smith"); kept only if its surname is used alone as a person's.</summary>
    Tentative,
    /// <summary>One word that may stand for a full name used elsewhere in the article: "Zelensky said", "President Kim". Only in context.</summary>
    ShortForm,
}

/// <summary>What one run of capitalised words says about a person.</summary>
/// <param name="InContext">A title, role or speech verb stands next to it.</param>
/// <param name="OpensSentence">Its first word opens a sentence, so that word's capital proves nothing.</param>
public sealed record Mention(PersonName Name, MentionKind Kind, bool InContext, bool OpensSentence);
