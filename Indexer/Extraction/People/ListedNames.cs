namespace SearchEngine.Indexing.Extraction.People;

/// <summary>
/// A list holds one kind of thing: a name listed among people ("Wasim Akram, Moin Khan, Mushtaq Ahmed", a squad, the
/// scorers of a match) is a person too, though the lexicon does not know its given name. It takes at least two people,
/// and most of the list's entries of two words or more, unless every such entry reads as a name: a squad from a country
/// whose given names no public list holds may show only two known ones, but a club or a place among the entries
/// ("Rapid Vienna") makes it a list of another kind. One known name beside a club or a place proves nothing.
/// A single word ("Inzamam-ul-Haq", "Pakistan") may be a player's one name as well as a side's, so it counts neither way.
/// </summary>
public static class ListedNames
{
    /// <param name="line">The runs of one line, in order, and what each was read as, if anything.</param>
    public static IEnumerable<Mention?> Vouch(IReadOnlyList<(NameRun Run, Mention? Mention)> line)
    {
        var start = 0;
        for (var end = 1; end <= line.Count; end++)
        {
            if (end < line.Count && line[end].Run.ListedAfterPrevious) continue;
            foreach (var mention in VouchWithin(line.Skip(start).Take(end - start).ToList()))
                yield return mention;
            start = end;
        }
    }

    /// <summary>The entries of one list, or the rows of one table (<see cref="StatisticsTable"/>).</summary>
    public static IEnumerable<Mention?> VouchWithin(IReadOnlyList<(NameRun Run, Mention? Mention)> list)
    {
        var entries = list.Count(r => r.Run.Words.Count > 1);
        var people = list.Count(r => r.Mention?.Kind == MentionKind.Person);
        var names = list.Count(r => r.Run.Words.Count > 1 && r.Mention is { Kind: MentionKind.Person or MentionKind.Tentative });
        var mostlyPeople = people >= 2 && (people * 2 > entries || names == entries);
        return list.Select(r => mostlyPeople && r.Mention?.Kind == MentionKind.Tentative
            ? r.Mention with { Kind = MentionKind.Person }
            : r.Mention);
    }
}
