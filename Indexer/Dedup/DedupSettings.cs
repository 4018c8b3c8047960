using System.Globalization;

namespace SearchEngine.Indexing.Dedup;

/// <summary>
/// Every value near-duplicate detection depends on. An index records them (see <see cref="Serialize"/>) so that
/// signatures computed later, at search or update time, are comparable with the stored ones.
/// </summary>
public sealed record DedupSettings
{
    /// <summary>The signature algorithm (normalisation, hashing, layout). Changing any of it changes this number.</summary>
    public const int AlgorithmVersion = 8;

    public static DedupSettings Default { get; } = new();

    /// <summary>Words per shingle.</summary>
    public int ShingleSize { get; init; } = 3;

    /// <summary>MinHash values per signature: more makes estimates tighter and signatures larger.</summary>
    public int HashCount { get; init; } = 256;

    /// <summary>Signature values per LSH band; the band count is <see cref="HashCount"/> divided by this.</summary>
    public int BandRows { get; init; } = 2;

    /// <summary>Seeds the family of hash functions; signatures made with different seeds cannot be compared.</summary>
    public ulong Seed { get; init; } = 0x5EA5C4E1D0C0FFEE;

    /// <summary>Estimated Jaccard resemblance from which two texts are near-duplicates (links chain into clusters).</summary>
    public double ResemblanceThreshold { get; init; } = 0.5;

    /// <summary>
    /// Weighed share of a text's distinctive word pairs (see <see cref="CommonGramTexts"/> and <see cref="QuotesPerNarrativePair"/>)
    /// found in an earlier original from which the later text counts as derived from it. Counted exactly, not
    /// estimated. A derived text is linked to its source, not clustered with it, so it is never collapsed under it.
    /// </summary>
    public double ContainmentThreshold { get; init; } = 0.25;

    /// <summary>
    /// Share of a text's distinctive word pairs found in one earlier text from which the later one is a copy of it (a
    /// trimmed or lightly edited copy, too short beside its source for resemblance to say so): it joins the source's
    /// cluster and is collapsed under it. High, as a story that adds its own reporting to a wire text is no copy.
    /// </summary>
    public double CopyContainment { get; init; } = 0.8;

    /// <summary>
    /// How many shared word pairs inside quotation marks (in the later text) count towards <see cref="ContainmentThreshold"/>
    /// and <see cref="TakesContainment"/> for each shared pair of narrative. Reporters at one hearing write down the same
    /// words, so shared quotations alone are evidence of a shared source, not of copying; beside copied narrative they
    /// are copied too (a rewrite keeps the quotes and rewords the rest). The denominator counts every pair.
    /// </summary>
    public double QuotesPerNarrativePair { get; init; } = 2;

    /// <summary>
    /// Weighed share of its distinctive word pairs that a text's sources must hold when it is of another outlet than
    /// theirs and quotes words none of them holds (a quotation of at least <see cref="QuotationWords"/> words, none of
    /// whose distinctive pairs any source has): its reporter had a source of their own, such as the hearing itself, and
    /// a report of the same event shares names, charges and testimony with the wire without being written from it.
    /// An outlet's own later version of a story adds quotations to what it had and is still derived from it, so the
    /// rule is only for sources of another outlet.
    /// </summary>
    public double OwnQuotationContainment { get; init; } = 0.4;

    /// <summary>
    /// Quotations of at least this many words are kept in a fingerprint to tell a text's own quotations (see
    /// <see cref="OwnQuotationContainment"/>): a shorter one is a phrase ("like rats in a trap") that a rewrite may
    /// reword or a paper may put in marks of its own.
    /// </summary>
    public int QuotationWords { get; init; } = 5;

    /// <summary>
    /// Weighed share of a text's distinctive word pairs an earlier text of another outlet must hold to count as one of the takes
    /// (pages an agency files a long story in) the text may be written from; see <see cref="TakesContainment"/>.
    /// </summary>
    public double TakeShare { get; init; } = 0.1;

    /// <summary>
    /// Share of a text's distinctive word pairs that the takes of one other outlet (each holding at least
    /// <see cref="TakeShare"/>) must hold together for the text to count as a partial copy of the one holding the most.
    /// Higher than <see cref="ContainmentThreshold"/>, as several texts hold more of any text by chance than one does.
    /// </summary>
    public double TakesContainment { get; init; } = 0.35;

    /// <summary>
    /// Fewest shared word pairs, weighed (see <see cref="QuotesPerNarrativePair"/>), an earlier text must hold to be a
    /// source of a derived text or one of its takes, whatever its share: a share of a handful of pairs is chance (a date,
    /// a name, a figure), which a short text reaches with one or two, as short notices filled in from one template do.
    /// </summary>
    public int MinSharedPairs { get; init; } = 5;

    /// <summary>Words per run for containment: pairs survive the rewording of a tabloid rewrite better than triples.</summary>
    public int GramSize { get; init; } = 2;

    /// <summary>
    /// A word pair held by this many other texts inside the copy window, or by this many outside it, is a stock phrase
    /// and does not count towards containment: the day's stock lines and a template's fixed phrases ("… said it provided
    /// the money market with …") recur in the window, the collection's ("of the", "the prime minister") recur all the
    /// time. A copied phrase is held by the story's copies, which come close together. Texts count once per cluster of
    /// near-duplicates and exact copies, so a story syndicated fifty times does not make its own phrases common.
    /// At most <see cref="PartialCopyFinder.PostingLimit"/>, the most holders the window keeps per pair.
    /// </summary>
    public int CommonGramTexts { get; init; } = 8;

    /// <summary>
    /// Near-duplicates and partial copies must be published within this many days of each other (enough for a re-send
    /// after a long weekend). Reports weeks apart that fill in one template ("… filed a registration statement …") or
    /// reuse a background paragraph are not copies of each other. Exact copies, and texts without a date, are not held to it.
    /// </summary>
    public double CopyWindowDays { get; init; } = 4;

    /// <summary>
    /// Texts with fewer distinct shingles are matched as copies only when exact: too short to tell a copy from a stock
    /// phrase, and a copy is hidden under its source. They may still be derived (shown, with the share), on
    /// <see cref="MinSharedPairs"/> shared pairs: a newspaper's brief is written from a wire story as a long report is.
    /// </summary>
    public int MinShingles { get; init; } = 30;

    public int BandCount => HashCount / BandRows;

    public void Validate()
    {
        if (ShingleSize < 1) throw new ArgumentException($"shingle size must be at least 1, not {ShingleSize}");
        if (BandRows < 1 || HashCount < BandRows || HashCount % BandRows != 0)
            throw new ArgumentException($"hash count {HashCount} must be a positive multiple of band rows {BandRows}");
        if (ResemblanceThreshold is <= 0 or > 1) throw new ArgumentException($"resemblance threshold must be in (0, 1], not {ResemblanceThreshold}");
        if (ContainmentThreshold is <= 0 or > 1) throw new ArgumentException($"containment threshold must be in (0, 1], not {ContainmentThreshold}");
        if (CopyWindowDays < 0) throw new ArgumentException($"copy window must not be negative, not {CopyWindowDays}");
        if (CopyContainment is <= 0 or > 1) throw new ArgumentException($"copy containment must be in (0, 1], not {CopyContainment}");
        if (QuotesPerNarrativePair < 0) throw new ArgumentException($"quotes per narrative pair must not be negative, not {QuotesPerNarrativePair}");
        if (TakeShare is <= 0 or > 1) throw new ArgumentException($"take share must be in (0, 1], not {TakeShare}");
        if (TakesContainment is <= 0 or > 1) throw new ArgumentException($"takes containment must be in (0, 1], not {TakesContainment}");
        if (OwnQuotationContainment is <= 0 or > 1)
            throw new ArgumentException($"own-quotation containment must be in (0, 1], not {OwnQuotationContainment}");
        if (QuotationWords < GramSize) throw new ArgumentException($"quotation words must be at least the gram size {GramSize}, not {QuotationWords}");
        if (MinSharedPairs < 0) throw new ArgumentException($"minimum shared pairs must not be negative, not {MinSharedPairs}");
        if (GramSize < 1) throw new ArgumentException($"gram size must be at least 1, not {GramSize}");
        if (CommonGramTexts is < 1 or > PartialCopyFinder.PostingLimit)
            throw new ArgumentException($"common gram texts must be from 1 to {PartialCopyFinder.PostingLimit}, not {CommonGramTexts}");
        if (MinShingles < 1) throw new ArgumentException($"minimum shingles must be at least 1, not {MinShingles}");
    }

    /// <summary>The settings as key/value pairs, e.g. for an index's commit data.</summary>
    public IReadOnlyDictionary<string, string> ToDictionary() => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["version"] = AlgorithmVersion.ToString(CultureInfo.InvariantCulture),
        ["shingle"] = ShingleSize.ToString(CultureInfo.InvariantCulture),
        ["hashes"] = HashCount.ToString(CultureInfo.InvariantCulture),
        ["rows"] = BandRows.ToString(CultureInfo.InvariantCulture),
        ["seed"] = Seed.ToString("x16", CultureInfo.InvariantCulture),
        ["resemblance"] = ResemblanceThreshold.ToString("R", CultureInfo.InvariantCulture),
        ["containment"] = ContainmentThreshold.ToString("R", CultureInfo.InvariantCulture),
        ["copyContainment"] = CopyContainment.ToString("R", CultureInfo.InvariantCulture),
        ["quotesPerNarrative"] = QuotesPerNarrativePair.ToString("R", CultureInfo.InvariantCulture),
        ["ownQuotation"] = OwnQuotationContainment.ToString("R", CultureInfo.InvariantCulture),
        ["quotationWords"] = QuotationWords.ToString(CultureInfo.InvariantCulture),
        ["takeShare"] = TakeShare.ToString("R", CultureInfo.InvariantCulture),
        ["takesContainment"] = TakesContainment.ToString("R", CultureInfo.InvariantCulture),
        ["minShared"] = MinSharedPairs.ToString(CultureInfo.InvariantCulture),
        ["gram"] = GramSize.ToString(CultureInfo.InvariantCulture),
        ["commonGrams"] = CommonGramTexts.ToString(CultureInfo.InvariantCulture),
        ["windowDays"] = CopyWindowDays.ToString("R", CultureInfo.InvariantCulture),
        ["minShingles"] = MinShingles.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Reads settings written by <see cref="ToDictionary"/>; refuses ones from another algorithm version.</summary>
    public static DedupSettings FromDictionary(IReadOnlyDictionary<string, string> values)
    {
        string Get(string key) => values.TryGetValue(key, out var v) ? v : throw new FormatException($"dedup settings lack '{key}'");
        var version = int.Parse(Get("version"), CultureInfo.InvariantCulture);
        if (version != AlgorithmVersion)
            throw new FormatException($"dedup settings are for algorithm version {version}; this build computes version {AlgorithmVersion}");
        var settings = new DedupSettings
        {
            ShingleSize = int.Parse(Get("shingle"), CultureInfo.InvariantCulture),
            HashCount = int.Parse(Get("hashes"), CultureInfo.InvariantCulture),
            BandRows = int.Parse(Get("rows"), CultureInfo.InvariantCulture),
            Seed = ulong.Parse(Get("seed"), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
            ResemblanceThreshold = double.Parse(Get("resemblance"), CultureInfo.InvariantCulture),
            ContainmentThreshold = double.Parse(Get("containment"), CultureInfo.InvariantCulture),
            CopyContainment = double.Parse(Get("copyContainment"), CultureInfo.InvariantCulture),
            QuotesPerNarrativePair = double.Parse(Get("quotesPerNarrative"), CultureInfo.InvariantCulture),
            OwnQuotationContainment = double.Parse(Get("ownQuotation"), CultureInfo.InvariantCulture),
            QuotationWords = int.Parse(Get("quotationWords"), CultureInfo.InvariantCulture),
            TakeShare = double.Parse(Get("takeShare"), CultureInfo.InvariantCulture),
            TakesContainment = double.Parse(Get("takesContainment"), CultureInfo.InvariantCulture),
            MinSharedPairs = int.Parse(Get("minShared"), CultureInfo.InvariantCulture),
            GramSize = int.Parse(Get("gram"), CultureInfo.InvariantCulture),
            CommonGramTexts = int.Parse(Get("commonGrams"), CultureInfo.InvariantCulture),
            CopyWindowDays = double.Parse(Get("windowDays"), CultureInfo.InvariantCulture),
            MinShingles = int.Parse(Get("minShingles"), CultureInfo.InvariantCulture),
        };
        settings.Validate();
        return settings;
    }

    /// <summary>One short line, <c>key=value;key=value</c>.</summary>
    public string Serialize() => string.Join(';', ToDictionary().Select(p => $"{p.Key}={p.Value}"));

    public static DedupSettings Parse(string text) => FromDictionary(text
        .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(pair => pair.Split('=', 2))
        .ToDictionary(kv => kv[0], kv => kv.Length == 2 ? kv[1] : throw new FormatException($"'{kv[0]}' has no value"), StringComparer.Ordinal));
}
