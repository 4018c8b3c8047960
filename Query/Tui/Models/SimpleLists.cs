namespace SearchEngine.Querying.Tui.Models;

/// <summary>Earlier queries, latest first, as a list to pick one from (Ctrl+R).</summary>
public sealed class HistoryList(IReadOnlyList<string> entries, string filter) : IItemSource
{
    public IReadOnlyList<string> Entries => entries;

    public int Count => Math.Max(1, entries.Count);

    public int ItemHeight => 1;

    public bool IsSelectable(int item) => entries.Count > 0;

    public string? this[int item] => item >= 0 && item < entries.Count ? entries[item] : null;

    public IReadOnlyList<StyledLine> Render(int item, int width) =>
    [
        entries.Count == 0
            ? new LineBuilder(width).Add(filter.Length > 0 ? $"No earlier query contains '{filter}'." : "No queries in the history yet.", Ink.Faint).Build()
            : new LineBuilder(width).Add(entries[item], Ink.Plain).Build(),
    ];
}

/// <summary>Lines that are only read, such as the help screen: nothing in them can be selected, so moving scrolls.</summary>
public sealed class StaticLines(IReadOnlyList<StyledLine> lines) : IItemSource
{
    public int Count => lines.Count;

    public int ItemHeight => 1;

    public bool IsSelectable(int item) => false;

    public IReadOnlyList<StyledLine> Render(int item, int width) => [lines[item].Width <= width ? lines[item] : Cut(lines[item], width)];

    private static StyledLine Cut(StyledLine line, int width)
    {
        var cut = new LineBuilder(width);
        foreach (var span in line.Spans) cut.Add(span.Text, span.Ink);
        return cut.Build();
    }
}
