namespace SearchEngine.Indexing.Extraction.People;

/// <summary>
/// A maximal run of capitalised words in a line ("Ukrainian President Volodymyr Zelensky"), possessive stripped, with the
/// words around it that tell whether it is a person.
/// </summary>
/// <param name="Words">The run's words, including name particles ("von", "de") and middle initials ("W.").</param>
/// <param name="StartsSentence">The first word opens a sentence, so its capital proves nothing.</param>
/// <param name="Before">The word right before the run, with no punctuation between ("spokesperson").</param>
/// <param name="After">Up to two words right after the run ("said"; "and Co").</param>
/// <param name="Apposition">Up to three words after a comma that follows the run (", the head of").</param>
/// <param name="AmpersandAfter">The run is followed by "&amp;", as firm names are ("Procter &amp; Gamble").</param>
public sealed record NameRun(
    IReadOnlyList<string> Words,
    bool StartsSentence,
    string? Before,
    IReadOnlyList<string> After,
    IReadOnlyList<string> Apposition,
    bool AmpersandAfter)
{
    /// <summary>Up to three words in brackets right after the run: "(Nigeria)", "(South Africa)".</summary>
    public IReadOnlyList<string> Bracketed { get; init; } = [];

    /// <summary>Up to two words after the bracket that follows the run, as <see cref="After"/>: "Gloria Bistrita (Romania) 2 Valletta".</summary>
    public IReadOnlyList<string> AfterBracket { get; init; } = [];

    /// <summary>The word before <see cref="Before"/>, with no punctuation between: "lead" in "lead manager Hale".</summary>
    public ReadOnlyMemory<char> TwoBefore { get; init; }

    /// <summary>A trademark sign follows the run ("RoadMate®", "Soul Blade(R)"): a brand or product, which no person is.</summary>
    public bool TrademarkAfter { get; init; }

    /// <summary>A bracket opens right before the run, as it does before an entry's country: "(Trinidad and Tobago)".</summary>
    public bool OpensBracket { get; init; }

    /// <summary>The run is all that a pair of quotation marks holds, a comma or full stop aside: "Anna Karenina".</summary>
    public bool FillsQuotation { get; init; }

    /// <summary>The text right after the run up to the next space, when a figure opens it: "23-3-112-0," in a bowling analysis.</summary>
    public ReadOnlyMemory<char> FigureAfter { get; init; }

    /// <summary>Up to four whole numbers right after the run, the figures of a table row: "Rapid Vardo 4 2 1 1".</summary>
    public IReadOnlyList<int> FiguresAfter { get; init; } = [];

    /// <summary>Only a comma or "and" parts the run from the one before: both are entries of one list.</summary>
    public bool ListedAfterPrevious { get; init; }

    /// <summary>The run opens its line after a rank, as in a results table: "2. Falilat Ogunkoya (Nigeria) 22.58".</summary>
    public bool Ranked { get; init; }

    /// <summary>
    /// The word before a comma that opens an apposition the run fills, closed by a comma after it: "envoy" in "Botswana's
    /// envoy, Ann Hale, said".
    /// </summary>
    public string? BeforeApposition { get; init; }

    /// <summary>
    /// The word right after a three-word <see cref="Apposition"/>, no punctuation between: "said" in "Brindle, a port
    /// spokesman said", where the role opens a clause of its own instead of describing the run.
    /// </summary>
    public string? AfterApposition { get; init; }

    /// <summary>The first pronoun soon after a run beside a speech verb ("he", "its"): whether a person or a firm speaks.</summary>
    public string? PronounAfter { get; init; }
}
