namespace SearchEngine.Querying.Search.Facets;

/// <summary>Values that do not come from an index (those of hits already found), numbered in ordinal order as an index numbers them.</summary>
internal sealed class SortedValues(IEnumerable<string> values) : IValueOrdinals
{
    private readonly string[] sorted = [.. values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    public int ValueCount => sorted.Length;

    public string ValueOf(int ordinal) => sorted[ordinal];

    public int Find(string value) => Math.Max(-1, Array.BinarySearch(sorted, value, StringComparer.Ordinal));
}
