namespace SearchEngine.Indexing.Extraction.People;

/// <summary>
/// A word alone that a speech verb marks as a person speaking: "Suharto said on Tuesday he would go", "..., said Ronaldo.
/// He". Firms and papers speak as often as people ("Amoco said its profit rose"), so the verb counts only when a personal
/// pronoun follows soon after, and only for the one who speaks: in "told Reuters" the word is whom the speaker told.
/// </summary>
public static class OneWordSpeaker
{
    private static readonly WordList PersonalPronouns = new("he she his her him");

    /// <summary>Verbs that may come before their speaker, after a quote ("said Ronaldo"); "told" and "asked" take an object.</summary>
    private static readonly WordList InvertedVerbs = new("said says added wrote explained noted replied insisted recalled");

    /// <summary>
    /// Words that make the one before a speech verb part of a longer subject: "an officer with Korth said he", "Lewis of
    /// Phillips and Drew said he". The pronoun is the officer's or Lewis's.
    /// </summary>
    private static readonly WordList InsideALongerSubject = new("of at for from with by to in on and or than via about");

    /// <summary>
    /// Nouns for someone by sex or age, which a headline or sentence opens with for a person it does not name: "Woman says
    /// neighbour cost her", "Teen admits he lied". Common English nouns, not
    /// names.
    /// </summary>
    private static readonly WordList PersonNouns = new("""
        man woman men women boy girl child children kid baby toddler teen teenager youth mum mom dad grandma grandpa
        granny pensioner
        """);

    public static bool Speaks(NameRun run) =>
        (SpeaksBeforeVerb(run) || SpeaksAfterVerb(run)) && run.PronounAfter is { } pronoun &&
        PersonalPronouns.Contains(pronoun) && !IsPluralOpener(run) && !IsCommonNounOpener(run);

    /// <summary>"Suharto said he": the word is the subject.</summary>
    private static bool SpeaksBeforeVerb(NameRun run) =>
        run.After is [var verb, ..] && SpeechVerbs.All.Contains(verb) && !InsideALongerSubject.Contains(run.Before ?? "");

    /// <summary>"..., said Ronaldo." closes the clause; in "He said Citibank is his lender" the word opens a new one.</summary>
    private static bool SpeaksAfterVerb(NameRun run) => InvertedVerbs.Contains(run.Before ?? "") && run.After.Count == 0;

    /// <summary>A noun for a person, capitalised only because it opens the sentence.</summary>
    private static bool IsCommonNounOpener(NameRun run) => run.StartsSentence && PersonNouns.Contains(run.Words[^1]);

    /// <summary>"Colleagues said he", "Members told him": a plural capitalised only because it opens the sentence.</summary>
    private static bool IsPluralOpener(NameRun run) =>
        run.StartsSentence && run.Words[^1] is [.., not 's', 's'];
}
