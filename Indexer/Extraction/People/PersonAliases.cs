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
/// <item>a family name used alone and the one full name carrying it that dominates the collection: named in at least
/// <see cref="MinTexts"/> texts and in <see cref="DominantShare"/> of those naming anyone of that family name
/// ("Obama" and "Barack Obama" beside one "Michelle Obama"; not "Bush" beside three Bushes), and whose company the
/// word keeps where its articles name anyone else: at least <see cref="MinSharedCompany"/> of those name someone the
/// full name's articles name (the "Rice" of a celebrity's court case, beside the celebrity and a lawyer, is not the
/// Secretary of State named beside ministers). A word some full name of the collection opens with ("Terry" beside "John
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

    /// <summary>Each merged value and the value it is counted under; values that stand alone are not listed.</summary>
    public static IReadOnlyDictionary<string, string> Find(CollectionValues collection)
    {
        var names = collection.Values
            .Where(v => v.Texts > 0 && !string.IsNullOrWhiteSpace(v.Value))
            .Select(v => new Counted(PersonName.FromWords(v.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)), v.Value, v.Texts))
            .ToList();
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        var fullNames = MergeInitials(names.Where(n => n.Name.Parts.Count > 1), aliases);
        MergeFamilyNames(names.Where(n => n.Name.Parts.Count == 1), fullNames, collection.SharedCompany, aliases);
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

    private static void MergeFamilyNames(IEnumerable<Counted> oneWords, List<Counted> fullNames, Func<string, string, double?> sharedCompany,
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
                && sharedCompany(word.Value, dominant.Value) is not < MinSharedCompany)
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
