using System.Text.RegularExpressions;
using SearchEngine.Indexing.Cleaning;
using SearchEngine.Indexing.Extraction;
using SearchEngine.Indexing.Extraction.People;

namespace SearchEngine.Indexing.Sources.Html;

/// <summary>
/// The people in an author credit as a page states it, joined with " and ": never a web address (a profile link gives its
/// last path segment only when that reads as a name), a role ("Staff Writer"), the outlet or a news agency, and without
/// "By", dates, emails or "Updated …" around the names; a photographer's credit names no author. A name of one word must be a given name or a name in a script without capitals. Null when no name is left.
/// </summary>
public static partial class AuthorNames
{
    private const int MaxNameWords = 5;

    private static readonly HashSet<string> RoleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "staff", "writer", "writers", "reporter", "reporters", "contributor", "contributors", "contributing", "editor", "editors",
        "senior", "correspondent", "columnist", "author", "authors", "news", "desk", "team", "editorial", "board", "guest",
        "special", "freelance", "chief", "political", "associate", "managing", "deputy", "digital", "producer", "online",
        "the", "of", "web", "admin", "administrator", "published", "posted", "updated", "by", "and", "photographer",
        // Words around a name in a page's credit line that are not part of it: "on Friday", "Your Name", "Read More", "Contact Us".
        "on", "at", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "your", "name", "read", "more",
        "about", "view", "all", "posts", "articles", "follow", "profile", "contact", "us",
    };

    public static string? Clean(string credit, string? outlet) => Clean(credit, outlet, firstCredit: false);

    /// <summary>
    /// With <paramref name="firstCredit"/>, only the names of the first segment that names anyone: a page's byline element
    /// also holds the author's role, bio link and teasers, but the one credit in it names every writer ("By Jane Doe and
    /// John Roe").
    /// </summary>
    public static string? Clean(string credit, string? outlet, bool firstCredit)
    {
        var segments = SurnameFirstCredit.Reordered(WithoutLead(PageSplitter.Normalise(credit))) is { } reordered
            ? [[reordered]]
            : Segments(credit).Select(segment => PiecesOf(segment, firstCredit).ToList()).ToList();
        // The outlet's own name cut at its "&" or "and" ("Mac & i") is no list of names.
        if (outlet is not null && segments.Sum(s => s.Count) > 1 && IsOutlet(credit, outlet)) return null;
        var names = new List<string>();
        foreach (var segment in segments)
        {
            if (firstCredit && names.Count > 0) break;
            foreach (var piece in segment)
                if (AsName(piece, outlet) is { } name && !names.Contains(name, StringComparer.OrdinalIgnoreCase))
                    names.Add(name);
        }
        // One word beside a full name is where the writer filed or a label ("Roland Parry, Washington"); alone it is a blogger's signature.
        if (names.Any(n => n.Contains(' '))) names.RemoveAll(n => !n.Contains(' '));
        return names.Count == 0 ? null : string.Join(" and ", names);
    }

    /// <summary>
    /// The credit cut into segments ("Dec. 19, 2025 · Jane Doe", "Jane Doe | Tech Reporter", a line break's tag) and each
    /// segment at name separators; a web address stays whole (its slashes are not separators).
    /// </summary>
    private static IEnumerable<string> Pieces(string credit) => Segments(credit).SelectMany(segment => PiecesOf(segment, listOnly: false));

    /// <summary>
    /// The credit's segments, without what follows the names in each. A segment that only joins ("and", a comma) or only
    /// says where a writer filed ("in New York") is part of the credit around it, as a byline element sets its names apart
    /// in links ("By &lt;a&gt;Jane Doe&lt;/a&gt; and &lt;a&gt;John Roe&lt;/a&gt;").
    /// </summary>
    private static IEnumerable<string> Segments(string credit)
    {
        var text = PageSplitter.Normalise(credit);
        if (WebAddress.IsLike(text) && !text.Contains(' ')) return [text];
        return Segment().Split(JoinedSegments().Replace(Contributors().Replace(text, ", ${names}"), " "))
            .Select(segment => Trailer().Replace(segment, ""));
    }

    /// <summary>
    /// A segment's pieces, each without where its writer filed ("Jane Doe in Brussels, John Roe in London"). With
    /// <paramref name="listOnly"/>, only the names a list of writers joins ("Jane Doe, John Roe and Ann Poe"): a comma
    /// with no "and" after it parts the name from the paper or role beside it ("Jane Doe, Computerworld Australia").
    /// </summary>
    private static IEnumerable<string> PiecesOf(string segment, bool listOnly)
    {
        if (WebAddress.IsLike(segment) && !segment.Contains(' ')) return [segment];
        var pieces = Separator().Split(segment).Select(piece => Trailer().Replace(piece, "")).ToList();
        if (!listOnly) return pieces;
        var joins = Separator().Matches(segment).ToList();
        var last = joins.FindLastIndex(join => join.Value.Trim() is not ("," or ";" or "/"));
        return pieces.Take(last + 2);
    }

    /// <summary>A segment mark beside a joining word or mark, or before a filing place: no break in the credit.</summary>
    [GeneratedRegex(@"(?<=,|&|\band|\bund|\bet)\s*[|•·]\s*|\s*[|•·]\s*(?=(?:,|&|and\b|und\b|et\b|in\s+(?-i:\p{Lu})))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex JoinedSegments();

    /// <summary>
    /// The reporters a credit names in brackets as having worked with the writer ("Jane Doe (with John Roe and Ann Poe)",
    /// "Jeanne Dupont (avec Jean Roux et Anne Petit)"): the byline credits them too.
    /// </summary>
    [GeneratedRegex(@"\s*\(\s*(?:with|avec|con|mit|met)\s+(?<names>[^()]+)\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Contributors();

    /// <summary>
    /// A credit to a group ("Resy Staff", "TOI Lifestyle Desk", a station's "WVVA - Bluefield, WV") or to a sponsor
    /// ("Sponsored by StackCommerce": an advertiser's copy) that names no person beside it.
    /// </summary>
    public static bool IsGroup(string credit) =>
        Clean(credit, null) is null
        && Pieces(credit).Any(piece => SponsorLead().IsMatch(piece) || OrganisationInitials.Open(WithoutLead(piece))
                                       || (Words(piece) is [.., var last] && CollectiveWords.Contains(last.Trim(',', '.'))));

    [GeneratedRegex(@"^\s*(?:sponsored|presented|paid for|brought to you)\s+by\b|^\s*in partnership with\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SponsorLead();

    private static List<string> Words(string piece) =>
        WithoutLead(piece).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Any(char.IsLetter)).ToList();

    /// <summary>The piece without "By" and the marks around it; a bracket the name opens keeps its close ("Jean Doe (JDoeBlog)").</summary>
    private static string WithoutLead(string piece)
    {
        var text = Lead().Replace(piece.Trim(), "").Trim().Trim('.', ',', ':', '-', '–', '—', '(', ')', '"', '\'').Trim();
        return text.Count(c => c == '(') > text.Count(c => c == ')') ? text + ")" : text;
    }

    private static string? AsName(string piece, string? outlet)
    {
        // A label names what follows it ("Search Site:"); a name does not end in a colon.
        if (PhotoCredit().IsMatch(piece) || piece.TrimEnd().EndsWith(':')) return null;
        var text = WithoutLead(piece);
        if (OrganisationInitials.Open(text)) return null;
        text = NameInCapitals(text);
        if (WebAddress.IsLike(text)) text = FromProfileAddress(text) ?? "";
        if (text.Length < 2 || text.Any(char.IsDigit) || text.Contains('@') || text.Contains('/') || !text.Any(char.IsLetter)) return null;

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Any(char.IsLetter)).ToList();
        if (words.Count > 0 && CollectiveWords.Contains(words[^1].Trim(',', '.'))) return null;
        var titled = words.Count > 0 && JobTitles.Contains(Bare(words[^1]));
        while (words.Count > 0 && RoleWords.Contains(words[^1].Trim(',', '.'))) words.RemoveAt(words.Count - 1);
        while (words.Count > 0 && RoleWords.Contains(Bare(words[0]))) words.RemoveAt(0);
        // A job's title names a post ("Open Source PBX Editor", "Internet Communications Editor"), not a person, unless
        // a given name opens it ("Jane Doe Staff Writer").
        if (titled && !GivenNameStart.Of(string.Join(' ', words))) return null;
        if (words.Count > MaxNameWords || (words.Count == 1 && !OneWordName.Is(words[0])) || words.Count == 0 || IsPhrase(words)) return null;
        WithoutTrailingAgency(words);
        WithoutFilingPlace(words);
        if (words.Count == 0) return null;
        var name = string.Join(' ', words);
        if (NewsAgencies.IsAgency(name) || words.Any(IsOrganisationWord) || IsPaper(words) || IsPlace(words)) return null;
        if (outlet is not null && (IsOutlet(name, outlet) || IsOutlet(text, outlet)) && !IsPersonalSite(words)) return null;
        return name;
    }

    /// <summary>
    /// "JESSICA MINTZ AP Technology Writer", "FRANK BODANI Daily Record/Sunday News" → the words in capitals: wire copy
    /// sets the writer's name in capitals and the role or paper after it in mixed case, often with no comma between. A
    /// name needs two words; one word in capitals is an agency's or a surname put first ("AP Sports Writer", "COX Simon").
    /// </summary>
    private static string NameInCapitals(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var capitals = words.TakeWhile(w => w.Any(char.IsLetter) && !w.Any(char.IsLower)).Count();
        var named = words.Take(capitals).Count(w => w.Count(char.IsLetter) >= 2) >= 2;
        return named && capitals < words.Length && words[capitals].Any(char.IsLower) ? string.Join(' ', words.Take(capitals)) : text;
    }

    /// <summary>
    /// Capitalised and lower-case words together make a phrase ("AI platform for healthcare"), not a name, unless the
    /// lower-case ones are name particles ("Ludwig van Beethoven"). A name written all in lower case is still a name.
    /// </summary>
    private static bool IsPhrase(List<string> words) =>
        words.Any(w => char.IsUpper(w[0])) && words.Any(w => char.IsLower(w[0]) && !PersonName.IsParticle(w));

    /// <summary>The posts a credit names after the writer's name or instead of it.</summary>
    private static readonly HashSet<string> JobTitles = new(StringComparer.OrdinalIgnoreCase)
    {
        "editor", "editors", "correspondent", "reporter", "writer", "columnist", "producer", "contributor",
    };

    /// <summary>A credit ending in one of these is a group's ("TOI Lifestyle Desk", "Resy Staff"): no person is left once it is cut.</summary>
    private static readonly HashSet<string> CollectiveWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "desk", "team", "staff", "newsroom", "editors", "board", "bureau", "reporters", "writers", "contributors",
    };

    /// <summary>Words that make a credit an organisation's ("Nature Tech Collective", "Sports Network"), not a person's.</summary>
    private static readonly HashSet<string> OrganisationWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "news", "times", "network", "institute", "university", "foundation", "collective", "association", "society", "council",
        "company", "inc", "ltd", "llc", "group", "media", "magazine", "journal", "gazette", "tribune", "newsroom", "agency",
        "services", "broadcasting", "daily", "newspaper", "newspapers", "publishers", "publishing", "publications", "interactive",
        "productions", "communications", "developers", "studios",
    };

    /// <summary>
    /// The nouns newspapers take their names from ("Honolulu Advertiser", "New York Post", "Patriot Ledger"): a credit
    /// ending in one is a paper's unless it starts as a person's name does ("Emily Post", "Heath Ledger").
    /// </summary>
    private static readonly HashSet<string> NewspaperNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "advertiser", "argus", "bulletin", "chronicle", "courier", "dispatch", "enquirer", "examiner", "express", "gazette", "globe",
        "herald", "inquirer", "ledger", "mail", "mercury", "mirror", "observer", "post", "press", "register", "sentinel", "star",
        "statesman", "sun", "telegram", "telegraph", "times", "tribune",
    };

    private static bool IsPaper(List<string> words) =>
        words.Count >= 2 && NewspaperNouns.Contains(Bare(words[^1])) && !GivenNameStart.Of(string.Join(' ', words));

    /// <summary>Place words alone ("New Delhi"): where the writer filed from, set in the credit line, not a name.</summary>
    private static bool IsPlace(List<string> words) => words.All(w => NonPersonWords.Places.Contains(Bare(w)));

    private const int MaxAgencyWords = 4;

    /// <summary>
    /// "David B. Caruso Associated Press", "Richard Lam (AP)" → the name: the wire the writer works for, printed without a
    /// comma or in brackets.
    /// </summary>
    private static void WithoutTrailingAgency(List<string> words)
    {
        for (var n = Math.Min(MaxAgencyWords, words.Count - 1); n >= 1; n--)
        {
            if (!NewsAgencies.IsAgency(string.Join(' ', words.Skip(words.Count - n)).Trim('(', ')'))) continue;
            words.RemoveRange(words.Count - n, n);
            return;
        }
    }

    /// <summary>
    /// "Peter Sayer Paris" → "Peter Sayer": wire and trade-press credits print where the writer filed right after the name,
    /// often without the comma. Only a country's or city's name after a full name that opens with a given name is cut.
    /// </summary>
    private static void WithoutFilingPlace(List<string> words)
    {
        if (words.Count >= 3 && NonPersonWords.PlaceNames.Contains(Bare(words[^1])) && GivenNames.All.Contains(words[0]))
            words.RemoveAt(words.Count - 1);
    }

    /// <summary>A credit's word without the punctuation a credit line sets after it ("Reporter,", "Washington:").</summary>
    private static string Bare(string word) => word.Trim(',', '.', ':');

    private static bool IsOrganisationWord(string word)
    {
        var bare = Bare(word);
        return OrganisationWords.Contains(bare) || (bare.Contains('-') && bare.Split('-').Any(OrganisationWords.Contains));
    }

    /// <summary>
    /// "The Commercial Appeal" is the outlet "Commercial Appeal" too, and so is each of the names an outlet of two gives
    /// ("Orleans Star / Weekly Journal"), and a name whose letters spell the outlet's host ("Winnipeg Sun", winnipegsun.com).
    /// </summary>
    private static bool IsOutlet(string name, string outlet)
    {
        var key = WithoutArticle(PageElements.TextKey(name));
        return OutletParts().Split(outlet).Any(part => key == WithoutArticle(PageElements.TextKey(part)))
               || (outlet.Contains('.') && !outlet.Contains(' ') && outlet.ToLowerInvariant().Split('.').Contains(key.Replace(" ", "")));
    }

    [GeneratedRegex(@"\s+[/|–—-]\s+", RegexOptions.CultureInvariant)]
    private static partial Regex OutletParts();

    private static string WithoutArticle(string key) => key.StartsWith("the ", StringComparison.Ordinal) ? key[4..] : key;

    /// <summary>A site named after its writer (a personal blog): a given name and one or two more capitalised words, none a publication's.</summary>
    private static bool IsPersonalSite(List<string> words) =>
        words.Count is 2 or 3 && GivenNames.All.Contains(words[0])
        && words.All(w => char.IsUpper(w[0]) && w.All(c => char.IsLetter(c) || c is '-' or '\'') && !PublicationWords.Contains(w));

    private static readonly HashSet<string> PublicationWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "news", "times", "daily", "post", "journal", "herald", "magazine", "media", "blog", "press", "tribune", "gazette", "review",
        "weekly", "today", "network", "group", "online", "digital", "radio", "tv", "channel", "report", "wire", "sun", "star", "mail",
        "telegraph", "observer", "chronicle", "standard", "express", "independent", "insider", "lab", "labs", "inc", "ltd", "team",
        "world", "global", "live", "hub", "store", "shop", "company", "institute", "center", "centre", "foundation", "university",
    };

    /// <summary>"https://site.org/people/jane-doe/" → "Jane Doe"; null when the last segment is not two to four words of letters.</summary>
    private static string? FromProfileAddress(string address)
    {
        var path = address.Split(['?', '#'])[0].TrimEnd('/');
        var slash = path.LastIndexOf('/');
        if (slash < 0 || path[..slash].EndsWith('/')) return null;
        var words = path[(slash + 1)..].Split(['-', '_', '+', '.'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 4 || !words.All(w => w.Length >= 2 && w.All(char.IsLetter))) return null;
        return string.Join(' ', words.Select(w => char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant()));
    }

    [GeneratedRegex(@"^(?:(?:written|posted|reported|published|words|story|text)\s+)?(?:by|von|por|par)\b\s*:?|^(?:authors?|writers?|posted|words)\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Lead();

    /// <summary>Where a credit's segments part: a bar or dot, or a tag a meta tag's text carries ("Al Alexander&lt;BR&gt;The Patriot Ledger").</summary>
    [GeneratedRegex(@"\s*(?:[|•·]|<[a-z/][^>]*>)\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Segment();

    /// <summary>A photographer's credit ("Staff photo by Jane Doe", "Photo: Jane Doe"), which pages style as a byline under each picture.</summary>
    [GeneratedRegex(@"^\s*(?:staff\s+|file\s+)?(?:photos?|photographs?|pictures?)\s*(?:by\b|:)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PhotoCredit();

    /// <summary>What follows the names: a date, "Updated …", "Published …", "on behalf of …", an email, where they filed from ("in Karachi").</summary>
    [GeneratedRegex(@"(?:\s+in\s+(?-i:\p{Lu})\p{L}+(?:\s+(?-i:\p{Lu})\p{L}+)?$|\s+(?:updated|published|posted|last updated|on behalf of)\b.*|\s+on\s+(?:\w+day,?\s+)?\w+\.?\s+\d{1,2}\b.*|\s+\d{1,2}\s+\w+\s+\d{4}.*|\s+\w+\.?\s+\d{1,2},\s+\d{4}.*|\s+\d{4}-\d{2}-\d{2}.*|\s+\d{1,2}[/.-]\d{1,2}[/.-]\d{4}.*|\s+\S+@\S+.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Trailer();

    /// <summary>
    /// What parts two names in a credit: a comma, semicolon or ampersand, "and" in English, German or French, a spaced
    /// slash.
    /// </summary>
    [GeneratedRegex(@"\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\s/\s)\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Separator();
}
