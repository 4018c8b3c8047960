using System.Text.RegularExpressions;

namespace SearchEngine.Indexing.Cleaning.Rules;

/// <summary>
/// The writer's or newsroom's contact line: "Jane Doe can be reached at jdoe@example.com", "To contact the reporter on
/// this story: Jane Doe in Paris at jdoe@example.com", "Write to Jane Doe at jdoe@example.com", "Contact staff writer
/// Jane Doe at 555-0100 or jdoe@example.com". Papers print it under the story as they print the byline over it: it tells
/// a reader how to reach the desk and is no part of the story. It is known by an address to write to and a phrase that
/// offers it; a sentence that merely quotes an address ("She said to email help@example.com") offers nothing.
/// </summary>
public sealed partial class ContactLineRule : IPageRule
{
    private const int MaxContactLine = 200;

    public void Apply(PageDraft page)
    {
        for (var i = 0; i < page.Count; i++)
            if (page.IsBody(i) && IsContact(page.Lines[i]))
                page.Mark(i, LineKind.Contact);
    }

    public static bool IsContact(string line) =>
        line.Length <= MaxContactLine && line.Contains('@') && MailAddress().IsMatch(line)
        && (ContactOpening().IsMatch(line) || CanBeReached().IsMatch(line));

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", RegexOptions.CultureInvariant)]
    private static partial Regex MailAddress();

    /// <summary>A line that opens by offering the address, after a dash that sets it off from the story.</summary>
    [GeneratedRegex(@"^(?:[—–-]\s*)?(?:to contact|contact|write to)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContactOpening();

    /// <summary>"… can be reached at", "He may be contacted at": a writer's note, wherever in the line it comes.</summary>
    [GeneratedRegex(@"\b(?:can|may) be (?:reached|contacted|e-?mailed)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CanBeReached();
}
