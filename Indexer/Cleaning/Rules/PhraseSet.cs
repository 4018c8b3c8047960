namespace SearchEngine.Indexing.Cleaning.Rules;

/// <summary>
/// Labels and buttons a whole line may say. A line says a phrase when, lower-cased and without its bullets and arrows
/// (<see cref="LineDecoration"/>) or a closing colon, it is that phrase. A closing full stop is kept: labels and
/// buttons have none, so "share." is the end of a sentence, not a button. Rules ask this of every line, nearly all of
/// them prose far longer than any label, so the line is compared where it lies rather than copied.
/// </summary>
public sealed class PhraseSet
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _phrases;
    private readonly int _longest;

    /// <param name="phrases">The phrases, lower-case.</param>
    public PhraseSet(params string[] phrases)
    {
        _phrases = new HashSet<string>(phrases, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _longest = phrases.Max(p => p.Length);
    }

    /// <summary>True when the whole line says one of the phrases.</summary>
    public bool Contains(string line)
    {
        var phrase = LineDecoration.Trim(line).TrimEnd(": ");
        if (phrase.Length > _longest) return false;
        Span<char> lower = stackalloc char[phrase.Length];
        phrase.ToLowerInvariant(lower);
        return _phrases.Contains(lower);
    }
}
