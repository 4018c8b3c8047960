namespace SearchEngine.Indexing.Extraction.People;

/// <summary>
/// English familiar forms of given names and the formal names they shorten ("Bob" for Robert, "Steve" for Stephen or
/// Steven), so "Bob Dole" and "Robert Dole" can be told to be one person. Only forms in common use in English-language
/// news are listed; a form that shortens several names lists each, and a collection holding two of them
/// cannot say which is meant.
/// </summary>
public static class FamiliarNames
{
    private const string Forms = """
        abe:abraham al:albert,alan,alfred,alexander alex:alexander,alexandra andy:andrew barb:barbara becky:rebecca
        ben:benjamin bernie:bernard beth:elizabeth betty:elizabeth bill:william billy:william bob:robert bobby:robert
        cathy:catherine charlie:charles chris:christopher,christine,christina chuck:charles dan:daniel danny:daniel
        dave:david davy:david deb:deborah debbie:deborah dick:richard don:donald donny:donald doug:douglas drew:andrew
        ed:edward,edmund,edwin eddie:edward,edmund,edwin ernie:ernest fred:frederick freddie:frederick frank:francis,franklin
        gene:eugene greg:gregory hal:harold,henry hank:henry harry:henry herb:herbert jack:john jake:jacob
        jamie:james jeff:jeffrey,geoffrey jen:jennifer jenny:jennifer jerry:gerald,jerome jim:james jimmy:james joe:joseph
        joey:joseph johnny:john jon:jonathan josh:joshua kate:katherine,catherine kathy:katherine,kathleen
        ken:kenneth kenny:kenneth larry:lawrence,laurence len:leonard lenny:leonard liz:elizabeth maggie:margaret
        mandy:amanda marty:martin matt:matthew meg:margaret mick:michael mickey:michael mike:michael mitch:mitchell
        nat:nathaniel,nathan nate:nathan,nathaniel ned:edward nick:nicholas pat:patrick,patricia peggy:margaret
        pete:peter phil:philip,phillip ray:raymond rick:richard rob:robert ron:ronald ronnie:ronald rudy:rudolph
        sam:samuel,samantha sandy:alexander,sandra stan:stanley steve:stephen,steven sue:susan ted:edward,theodore
        teddy:edward,theodore tim:timothy tom:thomas tommy:thomas tony:anthony vic:victor vicky:victoria
        vince:vincent walt:walter will:william zach:zachary
        """;

    private static readonly Dictionary<string, string[]> FormalNames = Forms
        .Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)
        .Select(entry => entry.Split(':'))
        .ToDictionary(entry => entry[0], entry => entry[1].Split(','), StringComparer.Ordinal);

    /// <summary>Whether <paramref name="familiar"/> (a folded given name) is a familiar form of <paramref name="formal"/>.</summary>
    public static bool Shortens(string familiar, string formal) =>
        FormalNames.TryGetValue(familiar, out var names) && names.Contains(formal, StringComparer.Ordinal);
}
