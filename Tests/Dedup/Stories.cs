using SearchEngine.Indexing.Dedup;

namespace SearchEngine.Tests.Dedup;

/// <summary>Short news texts written for these tests: one wire story, its copies, and other stories on other subjects.</summary>
internal static class Stories
{
    public const string WireHeadline = "Ferry operator fined over harbour collision";

    /// <summary>Five paragraphs of agency copy.</summary>
    public static readonly string[] WireParagraphs =
    [
        "A ferry operator was fined 250,000 pounds on Tuesday after one of its vessels struck a moored fishing boat in Dunmore harbour last spring, injuring two crew members.",
        "Magistrates heard that the master of the Island Queen had been working a fourteen-hour shift and had switched off a collision alarm because it kept sounding in fog.",
        "Harbourmaster Ellen Price told the court the ferry entered the channel at twice the permitted speed and did not answer three radio calls before the impact.",
        "Lawyers for Westward Sea Links said the company had since installed fatigue monitoring on every bridge and retrained all of its senior officers at its own cost.",
        "The two fishermen, who were repairing nets on deck when the ferry hit, spent a week in hospital. One of them has not been able to return to work.",
    ];

    public static string Wire => string.Join("\n\n", WireParagraphs);

    /// <summary>The same event written independently: same names and facts, different words.</summary>
    public const string IndependentReport =
        "Westward Sea Links must pay a quarter of a million pounds for the crash in Dunmore harbour. Its ferry, the Island " +
        "Queen, ploughed into a fishing boat tied up at the quay last April. Ellen Price, who runs the harbour, said the " +
        "captain ignored her radio and came in far too fast in thick fog. The company told the bench it now watches its " +
        "officers for tiredness. Both fishermen were badly hurt and one is still off work, his family said outside court.";

    public static readonly string[] OtherStories =
    [
        "The city council approved a new cycle lane along the river on Monday, despite objections from shop owners who fear losing parking spaces outside their stores during the busy summer months ahead. The lane will take two years to build and will cost more than the council first said.",
        "Scientists at the northern observatory have recorded the brightest meteor shower in a decade, with more than two hundred shooting stars an hour visible over the hills before dawn on Sunday. Clear skies are forecast again tonight, and the observatory will open its doors to visitors.",
        "A rare first edition of a nineteenth century cookbook sold at auction for three times its estimate after a bidding war between a museum and a private collector from overseas. The book had been kept in a kitchen drawer by the same family for over a hundred years.",
        "Striking rail workers will return to the picket lines next week after talks over pay and weekend rotas broke down late on Thursday night without any agreement on a new offer. Passengers have been told to expect no trains at all on the busiest commuter lines.",
        "The national football team named three uncapped players in its squad for the autumn qualifiers, and the manager said youth would be given a chance against weaker opponents. Two senior players were left out after injuries that kept them from training this month.",
        "Farmers in the valley say the driest spring on record has halved their hay harvest, and several are already selling cattle because they cannot afford to buy in winter feed. The government has promised emergency grants, but farmers say the money will arrive too late.",
    ];

    /// <summary>Builds texts made of the given wire paragraphs, e.g. a copy that drops the last one.</summary>
    public static string WireParagraphsOf(params int[] indexes) => string.Join("\n\n", indexes.Select(i => WireParagraphs[i]));

    /// <summary>Replaces every <paramref name="every"/>-th word, starting at <paramref name="first"/>, with a marked variant.</summary>
    public static string EditEvery(string text, int every, int first, string mark)
    {
        var words = text.Split(' ');
        for (var i = first; i < words.Length; i += every) words[i] = mark + i;
        return string.Join(' ', words);
    }

    /// <summary>The wire story filed in two takes that share nothing: the first three paragraphs, then the rest and another item.</summary>
    public static string FirstTake => WireParagraphsOf(0, 1, 2);

    public static string SecondTake => WireParagraphsOf(3, 4) + "\n\n" + OtherStories[5];

    /// <summary>
    /// A paper's story written from a paragraph of each take and its own reporting: each take holds about a fifth of it,
    /// too little alone, the two together about two fifths; the second take a little more than the first.
    /// </summary>
    public static string WrittenFromTakes => WireParagraphs[2] + "\n\n" + IndependentReport + "\n\n" + WireParagraphs[4];

    public static Fingerprint Fingerprint(string text, DedupSettings? settings = null) =>
        new FingerprintBuilder(settings ?? DedupSettings.Default).Compute(text);

    public static DedupDocument Document(string id, string text, int day = 1, DedupSettings? settings = null, string? outlet = null) =>
        new(id, Fingerprint(text, settings), new DateTime(2024, 3, day), text.Length, outlet);
}
