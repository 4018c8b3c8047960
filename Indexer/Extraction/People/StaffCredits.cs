using System.Text.RegularExpressions;

namespace SearchEngine.Indexing.Extraction.People;

/// <summary>
/// The staff credits an agency story ends with ("(Reporting by Tim Large; Editing by Belinda Goldsmith and Eric
/// Walsh)", or a line "Editing by Peter Rutherford"): its reporters and editors, not people the story is about. The
/// credit stays in the text; only its names are not counted among the people the article names.
/// </summary>
public static partial class StaffCredits
{
    /// <summary>The line with its staff credits left out: each opens a line or a bracket, and runs of them join.</summary>
    public static string Without(string line) => line.Contains(" by ", StringComparison.OrdinalIgnoreCase) ? Credit().Replace(line, "$1") : line;

    // A credit's names are capitalised words joined by "and" or "in" (a place); prose that opens "Reporting by the…" is no credit.
    [GeneratedRegex(@"(^|\()\s*(?:(?:[Aa]dditional\s+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompil(?:ed|ing)|[Rr]esearch|[Tt]ranslat(?:ion|ed)|[Gg]raphics)\s+[Bb]y\s+"
        + @"\p{Lu}[\p{L}\p{M}'’.\-]*(?:\s+(?:and|in|&|\p{Lu}[\p{L}\p{M}'’.\-]*))*\s*(?:[;,]\s*|(?=\))|$))+",
        RegexOptions.CultureInvariant)]
    private static partial Regex Credit();
}
