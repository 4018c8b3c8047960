namespace SearchEngine.Indexing.Extraction.People;

/// <summary>
/// Which people values of a collection name the same person, read from the values and how many texts hold each
/// (near-identical copies counting once).
/// An article settles its own variants (<see cref="ArticlePeople"/>), but one that names only "Trump", or writes
/// "Donald J. Trump", gives a value of its own, and a facet that shows "Trump" beside "Donald Trump" splits one
/// person's coverage in two. Two variants are merged, both only where the collection leaves no doubt:
/// <list type="bullet">
/// <item>a full name with middle initials and the same name without them, when no other initials stand beside it
/// ("Donald J. Trump" and "Donald Trump"; but "George W. Bush", "George H. W. Bush" and "George Bush" stay apart,
/// as the last may be either);</item>
/// <item>a full name and the one name of the collection that adds middle names to it ("Hillary Clinton" and "Hillary
/// Rodham Clinton", "Sandra O'Connor" and "Sandra Day O'Connor"), on the same evidence as a familiar given name below:
/// a "John Jones" of one report need not be the "John Paul Jones" of another;</item>
/// <item>a name with a familiar given name and the same name with the formal one it shortens ("Bob Dole" and "Robert
/// Dole"), when the collection holds no other formal name the familiar one may shorten ("Steve Smith" beside "Stephen
/// Smith" and "Steven Smith" stays apart), no article names both (a hockey report naming coach "Andy Murray" and
/// player "Andrew Murray"), and the less used variant's articles keep the other's company: at least
/// <see cref="MinSharedCompany"/> of those naming anyone else name someone named beside it ("Jack Nicholson" the
/// actor is not a "John Nicholson" named beside a minister), or, where they name no one else, no other full name of
/// the collection carries the family name (a "Dave Jones" alone says nothing of which David Jones he is);</item>
/// <item>a family name used alone and the one full name carrying it that dominates the collection: named in at least
/// <see cref="MinTexts"/> texts and in <see cref="DominantShare"/> of those naming anyone of that family name
/// ("Obama" and "Barack Obama" beside one "Michelle Obama"; not "Bush" beside three Bushes), and whose company the
/// word keeps where its articles name anyone else: at least <see cref="MinSharedCompany"/> of those name someone the
/// full name's articles name (the "Rice" of a celebrity's court case, beside the celebrity and a lawyer, is not the
/// Secretary of State named beside ministers), or, as the wire writes a president's full name in few articles whose
/// company is a small sample of his ("President Reagan"), at least <see cref="MinSharedCompanyByChance"/> name someone and
/// <see cref="CompanyOverChance"/> times the share of the collection's other articles that do. A word some full name of the collection opens with ("Terry" beside "John
/// Terry" and "Terry Wogan") stays apart, as an article may call someone by the given name alone.</item>
/// </list>
/// Merged values are counted and selected under the variant most texts use.
/// </summary>
public static class PersonAliases
{
    /// <summary>The fewest texts the dominant full name must appear in: one or two show no pattern.</summary>
    public const int MinTexts = 3;

    /// <summary>The share of a family name's full-name texts the dominant full name must hold.</summary>
    public const double DominantShare = 0.8;

    /// <summary>The share of the word's articles naming anyone else that must name someone named beside the full name.</summary>
    public const double MinSharedCompany = 0.5;

    /// <summary>The least share of company kept when it is judged against chance: under it, a few shared names are chance.</summary>
    public const double MinSharedCompanyByChance = 0.25;

    /// <summary>How many times the collection's other articles' share the company kept must be, judged against chance.</summary>
    public const double CompanyOverChance = 3;

    /// <summary>Each merged value and the value it is counted under; values that stand alone are not listed.</summary>
    public static IReadOnlyDictionary<string, string> Find(CollectionValues collection)
    {
        var names = collection.Values
            .Where(v => v.Texts > 0 && !string.IsNullOrWhiteSpace(v.Value))
            .Select(v => new Counted(PersonName.FromWords(v.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)), v.Value, v.Texts))
            .ToList();
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        var people = MergeMiddleNames(MergeInitials(names.Where(n => n.Name.Parts.Count > 1), aliases), collection, aliases);
        var fullNames = MergeFamiliarForms(people, collection, aliases);
        MergeFamilyNames(names.Where(n => n.Name.Parts.Count == 1), fullNames, collection, aliases);
        return aliases;
    }

    private sealed record Counted(PersonName Name, string Value, int Texts);

    /// <summary>Merges initialled variants into one value per person; returns each person's value with its texts summed.</summary>
    private static List<Counted> MergeInitials(IEnumerable<Counted> fullNames, Dictionary<string, string> aliases)
    {
        var people = new List<Counted>();
        foreach (var variants in fullNames.GroupBy(n => n.Name.KeyWithoutInitials))
        {
            var list = variants.ToList();
            var initialled = list.Count(n => n.Name.Key != n.Name.KeyWithoutInitials);
            if (list.Count == 1 || initialled > 1)
            {
                people.AddRange(list);
                continue;
            }
            var chosen = MostUsed(list);
            foreach (var other in list.Where(n => n != chosen)) aliases[other.Value] = chosen.Value;
            people.Add(chosen with { Texts = list.Sum(n => n.Texts) });
        }
        return people;
    }

    /// <summary>
    /// Merges a full name with the one name of the collection that adds middle names to it ("Hillary Rodham Clinton",
    /// "Sandra Day O'Connor"), when their articles keep the same company; returns each person's value with its texts
    /// summed.
    /// </summary>
    private static List<Counted> MergeMiddleNames(List<Counted> fullNames, CollectionValues collection, Dictionary<string, string> aliases)
    {
        var bearers = fullNames.ToLookup(n => n.Name.ShortFormKey, StringComparer.Ordinal);
        var people = new List<Counted>();
        // The same first and last words: a generation's mark ("Andres Soriano III") is a last word, and a son is not his father.
        foreach (var sameEnds in fullNames.GroupBy(n => n.Name.FamilyNameFirst ? n.Name.Key : NameFolding.Key([n.Name.Parts[0], n.Name.Parts[^1]]),
                     StringComparer.Ordinal))
        {
            var group = sameEnds.ToList();
            if (group.Count != 2 || group.Count(n => n.Name.Parts.Count == 2) != 1
                || !KeepCompany(group[0], group[1], collection, bearers[group[0].Name.ShortFormKey].Count()))
            {
                people.AddRange(group);
                continue;
            }
            var chosen = MostUsed(group);
            var merged = group.Single(n => n != chosen).Value;
            foreach (var (alias, _) in aliases.Where(a => a.Value == merged).ToList()) aliases[alias] = chosen.Value;
            aliases[merged] = chosen.Value;
            people.Add(chosen with { Texts = group.Sum(n => n.Texts) });
        }
        return people;
    }

    /// <summary>
    /// Whether two variants of a name are one person by what the collection says of them: no article names both, and
    /// the less used one's articles keep the other's company, or name no one else while no third full name carries the
    /// family name.
    /// </summary>
    private static bool KeepCompany(Counted one, Counted other, CollectionValues collection, int familyNameBearers)
    {
        var (less, more) = one.Texts <= other.Texts ? (one, other) : (other, one);
        if (collection.NamedTogether(less.Value, more.Value)) return false;
        return KeepsCompany(less.Value, more.Value, collection) ?? familyNameBearers == 2;
    }

    /// <summary>
    /// Whether the articles of <paramref name="value"/> keep the company of <paramref name="other"/>'s, by the share
    /// alone or against chance; null when they name no one else.
    /// </summary>
    private static bool? KeepsCompany(string value, string other, CollectionValues collection)
    {
        if (collection.SharedCompany(value, other) is not { } share) return null;
        return share >= MinSharedCompany || (share >= MinSharedCompanyByChance
            && collection.SharedCompanyByChance?.Invoke(value, other) is { } chance && share >= CompanyOverChance * chance);
    }

    /// <summary>Merges familiar and formal given names of one person; returns each person's value with its texts summed.</summary>
    private static List<Counted> MergeFamiliarForms(List<Counted> fullNames, CollectionValues collection, Dictionary<string, string> aliases)
    {
        var bearers = fullNames.ToLookup(n => n.Name.ShortFormKey, StringComparer.Ordinal);
        var people = new List<Counted>();
        foreach (var sameRest in fullNames.GroupBy(n => n.Name.Key[GivenName(n).Length..]))
        {
            var group = sameRest.ToList();
            var formalOf = new Dictionary<Counted, Counted>();
            foreach (var familiar in group)
            {
                var formal = group.Where(other => FamiliarNames.Shortens(GivenName(familiar), GivenName(other))).ToList();
                if (formal.Count == 1 && KeepCompany(familiar, formal[0], collection, bearers[familiar.Name.ShortFormKey].Count()))
                    formalOf[familiar] = formal[0];
            }
            foreach (var person in group.Where(n => !formalOf.ContainsKey(n)))
            {
                var variants = group.Where(n => formalOf.GetValueOrDefault(n) == person).Prepend(person).ToList();
                var chosen = MostUsed(variants);
                var merged = variants.Where(n => n != chosen).Select(n => n.Value).ToHashSet(StringComparer.Ordinal);
                foreach (var (alias, value) in aliases.Where(a => merged.Contains(a.Value)).ToList()) aliases[alias] = chosen.Value;
                foreach (var value in merged) aliases[value] = chosen.Value;
                people.Add(chosen with { Texts = variants.Sum(n => n.Texts) });
            }
        }
        return people;
    }

    /// <summary>The folded first word of a name written given name first; empty for a family name written first.</summary>
    private static string GivenName(Counted name) => name.Name.FamilyNameFirst ? "" : name.Name.Key.Split(' ')[0];

    private static void MergeFamilyNames(IEnumerable<Counted> oneWords, List<Counted> fullNames, CollectionValues collection,
        Dictionary<string, string> aliases)
    {
        var byFamilyName = fullNames.ToLookup(n => n.Name.ShortFormKey, StringComparer.Ordinal);
        var givenNames = fullNames.Where(n => !n.Name.FamilyNameFirst).Select(n => NameFolding.Key([n.Name.Parts[0]])).ToHashSet(StringComparer.Ordinal);
        foreach (var word in oneWords)
        {
            if (givenNames.Contains(word.Name.Key)) continue;
            var bearers = byFamilyName[word.Name.Key].ToList();
            if (bearers.Count == 0) continue;
            var dominant = MostUsed(bearers);
            if (dominant.Texts >= MinTexts && dominant.Texts >= DominantShare * bearers.Sum(n => n.Texts)
                && KeepsCompany(word.Value, dominant.Value, collection) is not false)
                aliases[word.Value] = dominant.Value;
        }
    }

    /// <summary>The variant most texts use; on a tie the one without initials, then the shorter, then the first in order.</summary>
    private static Counted MostUsed(IEnumerable<Counted> variants) => variants
        .OrderByDescending(n => n.Texts)
        .ThenBy(n => n.Name.Key.Length)
        .ThenBy(n => n.Value, StringComparer.Ordinal)
        .First();
}
