namespace SearchEngine.Indexing.Extraction.People;

/// <summary>
/// Honorifics, offices and roles that stand before a name ("President", "Mr", "spokesperson") or in apposition after it
/// (", a spokesman for"). They are stripped from the name and count as evidence that what follows is a person.
/// </summary>
public static class TitleWords
{
    /// <summary>Professions and roles that introduce a named person in news prose.</summary>
    private const string ProfessionWords = """
        coach manager boss skipper striker midfielder defender goalkeeper keeper winger forward batsman bowler jockey
        trainer referee umpire player champion captain actor actress singer songwriter rapper musician guitarist
        drummer pianist composer conductor dancer comedian presenter host anchor broadcaster producer filmmaker
        novelist author writer poet playwright artist painter sculptor photographer designer architect scientist
        physicist chemist biologist researcher historian professor lecturer teacher headteacher headmaster student
        doctor surgeon physician nurse psychiatrist psychologist lawyer banker broker trader dealer investor
        businessman businesswoman tycoon magnate billionaire entrepreneur financier industrialist chef activist
        campaigner dissident opposition-leader rebel militant commander warlord cleric preacher priest monk nun
        cameraman camerawoman forecaster meteorologist spinner off-spinner leg-spinner paceman fly-half scrum-half
        fullback full-back pitcher reliever shortstop outfielder quarterback linebacker cornerback
        """;

    /// <summary>Roles a firm or a paper plays as readily as a person ("publisher Bloomsbury", "partner Minorco").</summary>
    public static WordList FirmRoles { get; } = new("""
        publisher owner proprietor partner official producer broker dealer trader investor host founder co-founder
        trustee auditor adviser advisor counsel sponsor distributor supplier forecaster
        """);

    /// <summary>Titles written as acronyms, which keep their capitals: "Labour MP Jo Cox", "CEO Tim Cook".</summary>
    public static WordList Acronyms { get; } = new("mp mep ceo cfo coo");

    /// <summary>Professions and roles that introduce a named person in news prose: "striker Ronaldo", "student Ana Lopez".</summary>
    private static readonly WordList Professions = new(ProfessionWords);

    /// <summary>Professions also written capitalised as a title before a surname: "Coach Belichick", "Chef Ramsay".</summary>
    private static readonly WordList AlsoTitles = new("captain commander manager professor coach doctor chef nurse");

    /// <summary>Words that make a title of the title after them ("Prime Minister", "Vice President", "Crown Prince").</summary>
    public static WordList Qualifiers { get; } = new("prime vice crown");

    /// <summary>
    /// Office words that are a title only beside another ("Chief Executive", "Executive Director", "Head Coach"):
    /// capitalised alone before a word they open the name of a thing ("Executive Travel", "Head Start").
    /// </summary>
    public static WordList OfficeModifiers { get; } = new("executive head");

    /// <summary>A profession that is no title: news writes it in lower case before a name ("striker", "student").</summary>
    public static bool IsOnlyAProfession(string word) => Professions.Contains(word) && !AlsoTitles.Contains(word);

    /// <summary>Forms of address, which stand before a name and never describe the one before them (", Mr. Asper said").</summary>
    private const string FormsOfAddressWords = "mr mrs ms miss messrs mx dr sir dame lord lady herr frau monsieur messieurs madame mme mlle senor senora signor";

    public static WordList FormsOfAddress { get; } = new(FormsOfAddressWords);

    public static WordList All { get; } = new(
        // Honorifics and their abbreviations (the tokenizer keeps "Mr." whole)
        FormsOfAddressWords,
        """
        prof professor baroness baron viscount earl count countess duke
        duchess marquess prince princess king queen emperor empress tsar czar shah sultan emir sheikh sheik ayatollah
        hojatoleslam mullah imam rabbi reverend rev fr father pastor bishop archbishop cardinal pope monsignor saint patriarch
        comrade hon honourable honorable excellency
        """,
        // Offices
        """
        prime vice crown president vice-president premier minister ministers secretary secretary-general undersecretary under-secretary
        chancellor governor governor-general mayor senator sen congressman congresswoman congressmember representative
        rep assemblyman assemblywoman councillor councilor councilman alderman deputy mp mep legislator lawmaker
        parliamentarian speaker chairman chairwoman chairperson chair vice-chairman commissioner ombudsman ambassador
        envoy consul attache diplomat spokesman spokeswoman spokesperson press-secretary leader dictator strongman
        ruler monarch regent viceroy head chief director director-general ceo cfo coo executive manager administrator
        superintendent inspector detective constable sheriff marshal prosecutor attorney attorney-general solicitor
        solicitor-general barrister counsel judge justice magistrate registrar comptroller treasurer auditor trustee
        governor-elect president-elect nominee candidate incumbent founder co-founder owner proprietor publisher
        editor editor-in-chief correspondent columnist commentator reporter journalist analyst economist strategist
        adviser advisor aide counsellor counselor negotiator mediator delegate official officer
        """,
        // Military and police ranks
        """
        general gen lt lieutenant colonel col major maj captain capt commander cmdr admiral adm commodore brigadier
        sergeant sgt corporal cpl private pte marshal field-marshal air-marshal warrant commandant colonel-general
        lieutenant-general major-general lieutenant-colonel rear-admiral vice-admiral
        """,
        ProfessionWords,
        // Family and personal relations ("his wife Cherie Blair")
        """
        wife husband widow widower son daughter father mother brother sister uncle aunt nephew niece cousin grandson
        granddaughter grandfather grandmother fiance fiancee girlfriend boyfriend partner
        """);
}
