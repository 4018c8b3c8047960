namespace SearchEngine.Querying.Search.Facets;

/// <summary>Values that do not come from an index (those of hits already found), numbered in ordinal order as an index numbers them.</summary>
internal sealed class SortedValues(IEnumerable<string> values) : IValueOrdinals
{
    private readonly string[] _sorted = [.. values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    public int ValueCount => _sorted.Length;

    public string ValueOf(int ordinal) => _sorted[ordinal];

    public int Find(string value) => Math.Max(-1, Array.BinarySearch(_sorted, value, StringComparer.Ordinal));
}
