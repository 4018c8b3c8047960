using System.Globalization;
using SearchEngine.Indexing.Schema;
using SearchEngine.Querying.Search;

namespace SearchEngine.Querying.Tui.Models;

/// <summary>One row of the facets pane: a dimension's heading, one of its values, or a note that it has none.</summary>
public sealed record FacetEntry(FacetDimension Dimension, string? Value, int Count, bool Selected)
{
    public bool IsValue => Value is not null;
}

/// <summary>
/// The facets pane: for each dimension the search counted, the most frequent values among the matching articles, each with
/// its count and whether it is picked. Picked values always stay listed, so they can be dropped again.
/// </summary>
public sealed class FacetPanel : IItemSource
{
    private readonly List<FacetEntry> _entries = [];

    public FacetPanel(SearchResult? result, SearchCriteria criteria, int valuesPerDimension)
    {
        foreach (var dimension in result?.Dimensions ?? ArticleSchema.FacetDimensions)
        {
            var picked = criteria.Selected(dimension);
            IReadOnlyList<FacetValue> values = result?.Facets.GetValueOrDefault(dimension.Field) ?? [];
            // A heading's count is how many values the dimension has here, so an empty one can say so.
            _entries.Add(new FacetEntry(dimension, null, values.Count + picked.Count, picked.Count > 0));
            var shown = values.Take(valuesPerDimension).ToList();
            // A picked value can fall out of the top; it stays, with its count when the result has it.
            foreach (var value in picked.Where(p => !shown.Any(v => v.Value == p)))
                shown.Add(values.FirstOrDefault(v => v.Value == value) ?? new FacetValue(value, 0));
            foreach (var value in shown)
                _entries.Add(new FacetEntry(dimension, value.Value, value.Count, criteria.IsSelected(dimension, value.Value)));
        }
    }

    public IReadOnlyList<FacetEntry> Entries => _entries;

    public int Count => _entries.Count;

    public int ItemHeight => 1;

    public bool IsSelectable(int item) => _entries[item].IsValue;

    public FacetEntry this[int item] => _entries[item];

    /// <summary>A value is the same value whatever its count and row: picking one moves the rows of the others.</summary>
    public object? KeyOf(int item) => _entries[item] is { Value: { } value } entry ? (entry.Dimension.Field, value) : null;

    public IReadOnlyList<StyledLine> Render(int item, int width) => [Line(_entries[item], width)];

    private static StyledLine Line(FacetEntry entry, int width)
    {
        if (!entry.IsValue)
        {
            var heading = new LineBuilder(width).Add(entry.Dimension.Label, Ink.Heading);
            if (entry.Selected) heading.Add(" (filtered)", Ink.Chosen);
            else if (entry.Count == 0) heading.Add(" · none in these hits", Ink.Faint);
            return heading.Build();
        }
        var count = entry.Count.ToString("N0", CultureInfo.InvariantCulture);
        var label = new LineBuilder(Math.Max(1, width - count.Length - 1))
            .Add(entry.Selected ? "[x] " : "[ ] ", entry.Selected ? Ink.Chosen : Ink.Faint)
            .Add(entry.Value!, entry.Selected ? Ink.Chosen : Ink.Plain)
            .Build();
        var line = new LineBuilder(width);
        foreach (var span in label.Spans) line.Add(span.Text, span.Ink);
        return line.PadTo(width - count.Length).Add(count, Ink.Meta).Build();
    }
}
