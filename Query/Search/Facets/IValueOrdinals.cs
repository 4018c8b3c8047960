namespace SearchEngine.Querying.Search.Facets;

/// <summary>A dimension's distinct values numbered in sorted order, so counts can be kept in an array by ordinal.</summary>
internal interface IValueOrdinals
{
    int ValueCount { get; }

    string ValueOf(int ordinal);

    /// <summary>The value's ordinal, or -1 when it is not among the values.</summary>
    int Find(string value);
}
