namespace SearchEngine.Indexing.Extraction.People;

/// <summary>Verbs of saying: "Zelensky said", "Budanov stated". People speak; a word followed by one is likely a person.</summary>
public static class SpeechVerbs
{
    public static WordList All { get; } = new("""
        say says said saying tell tells told telling state states stated warn warns warned note notes noted announce
        announces announced confirm confirms confirmed add adds added explain explains explained insist insists insisted
        argue argues argued claim claims claimed deny denies denied admit admits admitted reply replies replied write
        writes wrote declare declares declared urge urges urged acknowledge acknowledges acknowledged comment comments
        commented ask asks asked answer answers answered suggest suggests suggested predict predicts predicted reveal
        reveals revealed stress stresses stressed emphasise emphasised emphasises emphasize emphasized emphasizes
        recall recalls recalled remark remarks remarked observe observes observed conclude concludes concluded concede
        concedes conceded testify testifies testified tweet tweets tweeted complain complains complained believe
        believes believed think thinks thought agree agrees agreed vow vows vowed pledge pledges pledged promise
        promises promised
        """);
}
