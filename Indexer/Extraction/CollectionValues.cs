namespace SearchEngine.Indexing.Extraction;

/// <summary>
/// What a collection says about one facet dimension's values, for deciding which of them name the same thing: each
/// value with how many texts hold it (near-identical copies counting once), and <see cref="SharedCompany"/>(value,
/// other): of the articles holding the value beside another, the share that also hold a value held beside the other;
/// null when no article holds the value beside another; and <see cref="NamedTogether"/>(value, other): whether some
/// article holds both, which an article settling its own variants does only for two different things; and
/// <see cref="SharedCompanyByChance"/>(value, other): the share <see cref="SharedCompany"/> would give the collection's
/// other articles holding two values or more, null when unknown.
/// </summary>
public sealed record CollectionValues(
    IReadOnlyList<(string Value, int Texts)> Values,
    Func<string, string, double?> SharedCompany,
    Func<string, string, bool> NamedTogether,
    Func<string, string, double?>? SharedCompanyByChance = null);
