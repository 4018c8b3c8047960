using System.Net;
using System.Text.RegularExpressions;
using SearchEngine.Indexing.Cleaning;
using SearchEngine.Indexing.Extraction.Dates;
using SearchEngine.Indexing.Extraction.People;

namespace SearchEngine.Indexing.Extraction;

/// <summary>
/// A site's name as a page gives it, made an outlet's name for the outlet facet, or refused. Pages state the name with
/// what surrounds it — a tagline ("Yahoo News - Latest News &amp; Headlines"), an address ("http://www.tmz.com"), a
/// greeting ("Welcome to www.dailyrecord.com"), a copyright ("Copyright 2007 Globe Newspaper Company"), entities left
/// encoded ("Seaman&amp;#039;s") — and what a <c>&lt;title&gt;</c> holds beyond its headline is not always the site: a
/// section ("Breaking News", "Arts and Entertainment") or, where the headline was taken from the wrong part, a
/// headline ("Bulls close in on Eddie Jones"). A facet value that is a section or a headline misleads more than none.
/// </summary>
public static partial class OutletName
{
    /// <summary>How long a site's name runs, in characters and in words: a headline, most often, runs longer.</summary>
    public const int MaxLength = 60;
    public const int MaxWords = 6;
    /// <summary>A title part this long in capitals or in mixed case reads as a headline ("USA TODAY", "Chester standard" are names).</summary>
    private const int HeadlineWords = 4;

    /// <summary>
    /// A name a page states for its site (og:site_name, a publisher, application-name): cleaned and cut at a tagline,
    /// keeping the part that names the page's address, else the first (a tagline follows the name); null when no name
    /// is left. Any length a name may have: the page says it is one.
    /// </summary>
    public static string? Stated(string text, string? address)
    {
        var parts = Tagline().Split(Cleaned(text)).Select(Cleaned).Where(p => p.Length > 0).ToList();
        var name = parts.Count == 0 ? "" : parts.FirstOrDefault(p => AgreesWith(p, address)) ?? parts[0];
        return IsName(name) ? name : null;
    }

    /// <summary>
    /// The site's name in a <c>&lt;title&gt;</c> that names the site rather than the story: its one part that is an address
    /// ("CSTV.com: #1 in College Sports"), else its one part that may be a name once sections, places, dates and
    /// descriptions are set aside ("Bloomberg.com: Japan", "The Calgary Sun"). Two such parts ("Patriots: Coach never
    /// better - The Boston Globe") may be a headline and the site, which no rule tells apart: null.
    /// </summary>
    public static string? OfSiteTitle(string title, string? address)
    {
        var names = Tagline().Split(Cleaned(title)).Select(Cleaned).Where(p => p.Length > 0)
            .Where(p => !IsSection(p) && !IsPlace(p) && !IsDescription(p) && DateParser.ParseLine(p) is null).ToList();
        var addresses = names.Where(p => HostName().IsMatch(p)).ToList();
        return (addresses.Count == 1 ? addresses : names) is [var name] ? InTitle([name], address) : null;
    }

    /// <summary>
    /// The site's name among the parts of a page's <c>&lt;title&gt;</c> beyond its headline, outermost first: the first
    /// part that is not a section, a place or a date ("Headline - Independent Online Edition > Cricket", "… - KNTV | San
    /// Francisco"), if it is a name of at most six words that does not read as a headline. An agency's name counts only
    /// on the agency's own site ("… | Reuters" on reuters.com): elsewhere it credits the copy, not the publisher.
    /// </summary>
    public static string? InTitle(IEnumerable<string> partsOutermostFirst, string? address)
    {
        foreach (var part in partsOutermostFirst.Select(Cleaned))
        {
            // A publication stamp ("Published January 18th, 2008") is about the page, not the site.
            if (IsSection(part) || IsPlace(part) || IsDescription(part) || DateParser.ParseLine(part) is not null) continue;
            var isName = IsName(part) && Spaced(part).Length <= MaxWords && !ReadsAsHeadline(part);
            return isName && (!NewsAgencies.IsAgency(part) || AgreesWith(part, address)) ? part : null;
        }
        return null;
    }

    /// <summary>
    /// Whether the name is a company's registered name, which ends in its legal form ("Bizclik Media Ltd", "Internet
    /// Broadcasting Systems, Inc.", "Globe Newspaper Co."): the firm that owns or runs a site, not the masthead readers know.
    /// </summary>
    public static bool IsCompany(string name) =>
        Words().Matches(name.Replace(".", "")).LastOrDefault() is { } last && LegalForms.Contains(last.Value);

    /// <summary>The legal forms company law puts at the end of a registered name, in English-speaking and European countries.</summary>
    private static readonly HashSet<string> LegalForms = new(StringComparer.OrdinalIgnoreCase)
    {
        "inc", "incorporated", "ltd", "limited", "llc", "llp", "plc", "corp", "corporation", "co", "pty", "gmbh", "ag", "sa",
        "sarl", "srl", "spa", "bv", "nv",
    };

    /// <summary>The host of the page's address without "www." ("news.bbc.co.uk"), or null: the site's name when a page states no other.</summary>
    public static string? Host(string? address) =>
        Uri.TryCreate(address, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Contains('.')
            ? Www().Replace(uri.Host.ToLowerInvariant(), "")
            : null;

    /// <summary>
    /// Whether the name is the address's site: its letters make up a label of the host or hold one ("Belfast Telegraph",
    /// belfasttelegraph.co.uk; "Guardian Unlimited", guardian.co.uk), or its initials are one ("Australian Broadcasting
    /// Corporation", abc.net.au). Labels that say nothing of the site (country codes, "com", "news", "www") do not count.
    /// </summary>
    public static bool AgreesWith(string name, string? address)
    {
        if (Host(address) is not { } host) return false;
        var words = Words().Matches(name.ToLowerInvariant()).Select(m => m.Value).Where(w => w != "the").ToList();
        var letters = string.Concat(words);
        if (letters.Length < 2) return false;
        var initials = words.Count > 1 ? string.Concat(words.Where(w => !Joining.Contains(w)).Select(w => w[0])) : "";
        return host.Split('.').Where(l => l.Length > 2 && !GenericLabels.Contains(l)).Select(l => l.Replace("-", ""))
            .Any(label => label.Contains(letters, StringComparison.Ordinal) || letters.Contains(label, StringComparison.Ordinal) || label == initials);
    }

    /// <summary>The name without what pages put around it: entities, greetings, copyright, an address's scheme, a doubled name, trailing marks.</summary>
    public static string Cleaned(string text)
    {
        var name = Spaces().Replace(WebUtility.HtmlDecode(text), " ").Trim();
        name = Greeting().Replace(CopyrightMarks().Replace(name, ""), "").Trim();
        name = name.TrimEnd(TrailingMarks).Trim();
        if (Address().Match(name) is { Success: true } address) name = address.Groups["host"].Value;
        if (name.Length % 2 == 0 && name.Length > 0 && name[..(name.Length / 2)] == name[(name.Length / 2)..]) name = name[..(name.Length / 2)];
        return name;
    }

    /// <summary>Some letters, no more than a name's length, and none of the marks of markup or script (a page's broken <c>&lt;title&gt;</c>: "query + '\"&gt;").</summary>
    private static bool IsName(string name) =>
        name.Length is > 0 and <= MaxLength && char.IsLetterOrDigit(name[0]) && name.Any(char.IsLetter) && name.IndexOfAny(CodeMarks) < 0;

    private static readonly char[] CodeMarks = ['<', '>', '{', '}', '=', '"', '\\'];

    /// <summary>
    /// Three words or more, of lower-case letters alone ("gadget news and reviews"): a description of the site set after its
    /// name, where a name, even one written in lower case, is a word or two or an address ("livemint", "mlive.com").
    /// </summary>
    private static bool IsDescription(string name)
    {
        var words = Spaced(name);
        return words.Length >= 3 && words.All(w => w.All(char.IsLower) || w == "&");
    }

    /// <summary>
    /// Made of section words alone: "News", "Breaking News", "Arts and Entertainment", "Cricket"; not "Northern News". Or
    /// a country's name before them ("US Sports", "India Entertainment"): wires and portals file their stories by country
    /// and desk, and a paper named for its place is named for its town ("Detroit News"), not a country.
    /// </summary>
    private static bool IsSection(string name)
    {
        var words = Words().Matches(name).Select(m => m.Value).ToList();
        if (words.Count > 1 && (words[0] == "US" || NonPersonWords.CountryNames.Contains(words[0]))) words.RemoveAt(0);
        return words.Any(SectionWords.Contains) && words.All(w => SectionWords.Contains(w) || Joining.Contains(w));
    }

    /// <summary>
    /// Made of place words alone ("San Francisco"), or a town and its US state's postal code ("Augusta, GA", "Albany
    /// NY"), as local stations and papers set their town beside their name: where a station is, not what it is called;
    /// not "Gulf News".
    /// </summary>
    private static bool IsPlace(string name)
    {
        var words = Words().Matches(name).Select(m => m.Value).ToList();
        if (words.Count > 0 && words.All(w => NonPersonWords.Places.Contains(w))) return true;
        return words.Count is >= 2 and <= 4 && PostalStates.Contains(words[^1])
            && words[..^1].All(w => char.IsUpper(w[0]) && w.Any(char.IsLower));
    }

    /// <summary>The US Postal Service's codes for the states and the District of Columbia, written in capitals.</summary>
    private static readonly HashSet<string> PostalStates = new(StringComparer.Ordinal)
    {
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME",
        "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA",
        "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC",
    };

    private static string[] Spaced(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// A headline, not a name: it ends in a question or exclamation, or has four words or more all in capitals or mixing
    /// capitalised words with lower-case ones that do not join a name ("Bulls close in on Eddie Jones"; not "Home of
    /// Sport", "Chester standard", nor a name all in lower case). Addresses ("Wired.com") are neither.
    /// </summary>
    private static bool ReadsAsHeadline(string name)
    {
        if (name.EndsWith('?') || name.EndsWith('!')) return true;
        var words = Spaced(name);
        if (words.Length < HeadlineWords) return false;
        if (words.All(w => !w.Any(char.IsLower))) return true;
        var content = words.Where(w => w.Length > 2 && w.All(char.IsLetter) && !Joining.Contains(w)).ToList();
        return content.Any(w => char.IsUpper(w[0])) && content.Any(w => char.IsLower(w[0]));
    }

    private static readonly char[] TrailingMarks = [',', ':', ';', '|', '-', '–', '—', '®', '™', ' '];

    /// <summary>Lower-case words that join the words of a name: "Home of Sport", "Wine &amp; Spirit", "Le Monde et la Vie".</summary>
    private static readonly HashSet<string> Joining = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "the", "and", "for", "on", "in", "at", "by", "to", "a", "an", "de", "la", "le", "les", "du", "des", "del", "da",
        "di", "van", "von", "und", "et", "y", "e", "with", "from",
    };

    /// <summary>The sections newspapers and news sites file stories under, as their titles and menus name them.</summary>
    private static readonly HashSet<string> SectionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "news", "breaking", "latest", "top", "headlines", "national", "world", "international", "local", "regional", "sport",
        "sports", "football", "soccer", "cricket", "tennis", "golf", "rugby", "racing", "basketball", "baseball", "hockey",
        "business", "money", "finance", "markets", "economy", "technology", "tech", "science", "health", "entertainment",
        "arts", "culture", "lifestyle", "living", "travel", "food", "music", "film", "films", "movies", "tv", "television",
        "books", "opinion", "comment", "editorial", "politics", "education", "environment", "weather", "traffic", "video",
        "videos", "photos", "pictures", "gallery", "page", "homepage", "website", "web", "site", "section", "front",
        "features", "review", "reviews", "showbiz", "celebrity", "fashion", "style", "motoring", "property", "jobs", "related",
        "stories", "league", "english", "edition",
    };

    /// <summary>Host labels that name no site: the www, generic and country parts, and a news subdomain.</summary>
    private static readonly HashSet<string> GenericLabels = new(StringComparer.Ordinal)
    {
        "www", "com", "org", "net", "gov", "edu", "info", "news", "blog", "blogs", "edition", "english", "online",
    };

    /// <summary>What sets a tagline or a breadcrumb off a stated name: a dash, bar, bullet or slash between spaces, or a colon ("Wirecutter: Reviews for …").</summary>
    [GeneratedRegex(@"\s+(?:\||-|–|—|::|»|·|•|/)\s+|\s*\|\s*|:\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Tagline();

    /// <summary>A copyright's marks and years before the name: "© Copyright 2007", "(c) 2000-2008,".</summary>
    [GeneratedRegex(@"^(?:(?:copyright|©|\(c\))\s*)+(?:\d{4}(?:\s*[-–]\s*\d{4})?,?\s*)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CopyrightMarks();

    [GeneratedRegex(@"^(?:welcome\s+to|from|by)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Greeting();

    [GeneratedRegex(@"^(?:https?://)?(?:www\.)?(?<host>[\w-]+(?:\.[\w-]+)*\.\p{L}{2,})/?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Address();

    /// <summary>A name that is a host ("CSTV.com"), as <see cref="Cleaned"/> leaves an address.</summary>
    [GeneratedRegex(@"^[\w-]+(?:\.[\w-]+)*\.\p{L}{2,}$", RegexOptions.CultureInvariant)]
    private static partial Regex HostName();

    [GeneratedRegex(@"^www\.", RegexOptions.CultureInvariant)]
    private static partial Regex Www();

    [GeneratedRegex(@"[\p{L}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex Words();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
