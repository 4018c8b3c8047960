using System.Text;

namespace SearchEngine.Indexing.Extraction.People;

/// <summary>
/// A person's name in canonical form. The display is a function of the words alone, so the same person gets the same
/// facet value in every article: accents folded, family-name-first names spaced and title-cased ("Kim Jong Un"),
/// known hyphenated given names hyphenated ("Jean-Claude Juncker"). Names are equal when their keys are.
/// </summary>
public sealed class PersonName : IEquatable<PersonName>
{
    private static readonly WordList Particles = new("de del della dal dalla der den van von da das dos du la le di al el bin ibn ul ter ten zu af av y");

    private PersonName(IReadOnlyList<string> parts, bool familyNameFirst, bool hasGeneration = false)
    {
        Parts = parts;
        FamilyNameFirst = familyNameFirst;
        Key = NameFolding.Key(parts);
        FamilyName = familyNameFirst ? parts[0] : parts[hasGeneration ? ^2 : ^1];
    }

    /// <summary>The words as displayed.</summary>
    public IReadOnlyList<string> Parts { get; }

    /// <summary>Korean, Chinese or Vietnamese order: the family name comes first.</summary>
    public bool FamilyNameFirst { get; }

    /// <summary>Folded form used to merge variants: "kim jong un".</summary>
    public string Key { get; }

    public string Display => string.Join(' ', Parts);

    /// <summary>The key without middle initials, so "Ivan F. Boesky" and "Ivan Boesky" in one article are one person.</summary>
    public string KeyWithoutInitials => string.Join(' ', Key.Split(' ').Where(part => part.Length > 1));

    /// <summary>The family name as displayed: "Kim" of "Kim Jong Un", "Griffey" of "Ken Griffey Jr".</summary>
    public string FamilyName { get; }

    /// <summary>Key of the one word an article may use alone for this person: the family name.</summary>
    public string ShortFormKey => NameFolding.Key([FamilyName]);

    public static bool IsParticle(ReadOnlySpan<char> word) => Particles.Contains(word);

    /// <summary>
    /// Whether this name of two words or more ends <paramref name="longer"/>: that person named without the first given
    /// name, as Portuguese and Spanish names with two surnames often are ("Saraiva Guerreiro" of "Ramiro Saraiva
    /// Guerreiro"), or by a surname with its particle ("De Clercq" of "Willy de Clercq").
    /// </summary>
    public bool IsLaterPartOf(PersonName longer) =>
        Parts.Count >= 2 && longer.Key.Length > Key.Length && longer.Key.EndsWith($" {Key}", StringComparison.Ordinal);

    /// <summary>
    /// The Arabic article as South Asian names write it inside one word, between a name and the attribute it takes
    /// ("Zia-ul-Haq", "Ata-ur-Rehman", "Salah-ud-Din"): such a word is a whole name, not a surname.
    /// </summary>
    private static readonly WordList JoiningArticles = new("ul ur ud");

    public static bool IsJoiningArticle(ReadOnlySpan<char> part) => JoiningArticles.Contains(part) && char.IsLower(part[0]);

    /// <summary>One word that joins capitalised names with <see cref="IsJoiningArticle"/>: "Inzamam-ul-Haq".</summary>
    public static bool IsJoinedName(string word)
    {
        var parts = word.Split(['-', '‐', '‑']);
        return parts.Length >= 3 && parts[0].Length > 0 && char.IsUpper(parts[0][0]) && parts[^1].Length > 0 && char.IsUpper(parts[^1][0]) &&
               parts[1..^1].All(part => part.Length > 0 && IsJoiningArticle(part));
    }

    /// <summary>
    /// Canonical form of a name as written in text, titles already removed; a last word that is a <see cref="Generation"/>
    /// ("Jr", "II") stays, after the family name.
    /// </summary>
    public static PersonName FromWords(IReadOnlyList<string> words)
    {
        if (words.Count > 1 && Generation.IsSuffix(words[^1]))
        {
            var name = FromWords(words.Take(words.Count - 1).ToList());
            var suffix = Generation.IsNumeral(words[^1]) ? words[^1] : DisplayWord(words[^1], first: false);
            return new PersonName([.. name.Parts, suffix], name.FamilyNameFirst, hasGeneration: true);
        }
        if (EastAsianNames.Matches(words))
            return new PersonName(words.SelectMany(NameFolding.KeyParts).Select(TitleCase).ToList(), familyNameFirst: true);

        var parts = words.Select((w, i) => DisplayWord(w, first: i == 0)).ToList();
        if (parts.Count >= 3 && GivenNames.Compound.Contains($"{parts[0]}-{parts[1]}"))
        {
            parts[0] = TitleCase($"{parts[0]}-{parts[1]}");
            parts.RemoveAt(1);
        }
        return new PersonName(parts, familyNameFirst: false);
    }

    /// <summary>
    /// Canonical form of a name as a source lists it: a lower-case slug such as Reuters' <c>james-baker</c> or
    /// <c>o-kennedy</c>, or a name already written out.
    /// </summary>
    public static PersonName FromSource(string name)
    {
        var trimmed = name.Trim();
        var isSlug = !trimmed.Any(char.IsWhiteSpace) && !trimmed.Any(char.IsUpper);
        if (!isSlug) return FromWords(trimmed.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

        var words = new List<string>();
        var slugParts = trimmed.Split('-', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < slugParts.Length; i++)
            words.Add(slugParts[i] == "o" && i + 1 < slugParts.Length ? $"o'{slugParts[++i]}" : slugParts[i]);
        return FromWords(words);
    }

    private static string DisplayWord(string word, bool first)
    {
        var plain = NameFolding.StripDiacritics(word).TrimEnd('.');
        if (plain.Length == 1) return $"{char.ToUpperInvariant(plain[0])}.";
        if (!first && IsParticle(plain) && plain.All(char.IsLower)) return plain;
        var mixedCase = plain.Any(char.IsUpper) && plain.Any(char.IsLower);
        return mixedCase ? plain : TitleCase(plain);
    }

    /// <summary>Capitalises each segment between hyphens and apostrophes: "o'brien" → "O'Brien", "jong" → "Jong".</summary>
    private static string TitleCase(string word)
    {
        var sb = new StringBuilder(word.Length);
        var startOfSegment = true;
        foreach (var c in word)
        {
            sb.Append(startOfSegment ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c));
            startOfSegment = c is '-' or '\'';
        }
        return sb.ToString();
    }

    public bool Equals(PersonName? other) => other is not null && other.Key == Key;

    public override bool Equals(object? obj) => Equals(obj as PersonName);

    public override int GetHashCode() => Key.GetHashCode(StringComparison.Ordinal);

    public override string ToString() => Display;
}
