namespace SearchEngine.Indexing.Extraction.Dates;

/// <summary>
/// The offsets zone abbreviations stand for. A person writing "3:15 PM EST" beside a date in English is almost always
/// American (an Australian writes AEST), so <see cref="Written"/> reads the letters the way such a line means them. A
/// machine prints whatever its zone database calls the zone (Java's <c>Date.toString()</c>: "Thu Apr 06 01:42:00 EDT
/// 2017"), and those databases gave the same letters to zones around the world: EST is New York's winter and, before
/// 2014, Sydney's and Melbourne's whole year (+10:00 in winter, +11:00 in summer); CST is Chicago's, China's, Havana's
/// and Adelaide's; IST India's, Ireland's and Israel's. <see cref="Printed"/> reads those only from the page's evidence.
/// </summary>
public static class ZoneAbbreviations
{
    /// <summary>Where a zone database prints the letters: the countries (ISO 3166 codes) and the offsets it means there.</summary>
    private sealed record Meaning(string[] Countries, params double[] Hours);

    // Declared before the table, which is made from it when the class is first used.
    private static readonly string[] NorthAmerica = ["us", "ca", "mx"];

    /// <summary>
    /// The abbreviations news pages and their servers print: the offset a written one means (null when even that is
    /// unclear: the US generic zones "ET", "PT" are standard or daylight time by the season, and IST and AST are each
    /// several zones' written abbreviation), and, for those that zone databases give to more than one zone, each meaning.
    /// </summary>
    private static readonly Dictionary<string, (double? Written, Meaning[] Printed)> Zones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["z"] = (0, []), ["utc"] = (0, []), ["gmt"] = (0, []), ["wet"] = (0, []),
        ["bst"] = (1, []), ["west"] = (1, []), ["cet"] = (1, []), ["wat"] = (1, []),
        ["cest"] = (2, []), ["eet"] = (2, []), ["cat"] = (2, []), ["sast"] = (2, []),
        ["eest"] = (3, []), ["msk"] = (3, []), ["eat"] = (3, []),
        ["pkt"] = (5, []),
        ["wib"] = (7, []), ["ict"] = (7, []),
        ["sgt"] = (8, []), ["hkt"] = (8, []), ["pht"] = (8, []), ["awst"] = (8, []),
        ["kst"] = (9, []), ["jst"] = (9, []),
        ["acst"] = (9.5, []), ["aest"] = (10, []), ["acdt"] = (10.5, []), ["aedt"] = (11, []),
        ["nzst"] = (12, []), ["nzdt"] = (13, []),
        ["adt"] = (-3, []),
        ["edt"] = (-4, []),
        ["mdt"] = (-6, []),
        ["pdt"] = (-7, []),
        ["akdt"] = (-8, []),
        ["akst"] = (-9, []),
        ["hst"] = (-10, []),
        ["est"] = (-5, [new(NorthAmerica, -5), new(["au"], 10, 11)]),
        ["cst"] = (-6, [new(NorthAmerica, -6), new(["cn", "tw"], 8), new(["cu"], -5), new(["au"], 9.5, 10.5)]),
        ["cdt"] = (-5, [new(NorthAmerica, -5), new(["cu"], -4)]),
        ["mst"] = (-7, [new(NorthAmerica, -7)]),
        ["pst"] = (-8, [new(NorthAmerica, -8), new(["ph"], 8)]),
        ["ist"] = (null, [new(["in"], 5.5), new(["ie"], 1), new(["il"], 2)]),
        ["ast"] = (null, [new(["ca", "pr", "do", "tt", "bb"], -4), new(["sa", "kw", "iq", "bh", "qa", "ye"], 3)]),
        ["et"] = (null, []), ["ct"] = (null, []), ["mt"] = (null, []), ["pt"] = (null, []),
    };

    /// <summary>The offset a zone abbreviation written beside a date in words stands for; null when it names none.</summary>
    public static TimeSpan? Written(string abbreviation) =>
        Zones.TryGetValue(abbreviation, out var zone) && zone.Written is { } hours ? TimeSpan.FromHours(hours) : null;

    /// <summary>
    /// The offset a zone abbreviation a machine printed stands for on a page: its one meaning; else the meaning in the
    /// page's country (<paramref name="country"/>, ISO 3166), when that is one offset; else the offset of another date the
    /// page states (<paramref name="pageOffsets"/>) when it is one the letters can mean there. Null when nothing decides:
    /// the clock time is then kept without an offset rather than put hours away from where it was published.
    /// </summary>
    public static TimeSpan? Printed(string abbreviation, string? country, IEnumerable<TimeSpan> pageOffsets)
    {
        if (!Zones.TryGetValue(abbreviation, out var zone)) return null;
        if (zone.Printed.Length == 0) return Written(abbreviation);
        var meanings = zone.Printed.Where(m => m.Countries.Contains(country, StringComparer.OrdinalIgnoreCase)).ToList();
        var offsets = (meanings.Count > 0 ? meanings : [.. zone.Printed])
            .SelectMany(m => m.Hours).Distinct().Select(TimeSpan.FromHours).ToList();
        return offsets.Count == 1 ? offsets[0] : pageOffsets.Where(offsets.Contains).Select(o => (TimeSpan?)o).FirstOrDefault();
    }
}
