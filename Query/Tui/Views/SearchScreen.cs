using SearchEngine.Indexing.Schema;
using SearchEngine.Querying.Tui.Models;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace SearchEngine.Querying.Tui.Views;

/// <summary>
/// The search screen: the query bar, the line under it (filters in force, or what is wrong with the query), the
/// results, and the facets pane with its timeline. It draws what <see cref="SearchConsole"/> holds and nothing else.
/// </summary>
public sealed class SearchScreen : View
{
    private const string Prompt = "Search ▸ ";
    private const string SavePrompt = "Save as ▸ ";

    private readonly SearchConsole console;
    private readonly LinesView prompt;
    private readonly LinesView criteria;
    private readonly LinesView saveLabel;
    private readonly LinesView divider;
    private readonly LinesView timeline;
    private SearchLayout layout = ConsoleLayout.Search(80, 24);
    private (int Width, int Height) size = (80, 24);
    private ShownState? shown;

    public SearchScreen(SearchConsole console, Palette palette)
    {
        this.console = console;
        CanFocus = true;
        prompt = new LinesView(palette, (w, _) => [new LineBuilder(w).Add(Prompt, Ink.Heading).Build()]);
        QueryField = new TextField { CanFocus = true };
        QueryField.SetScheme(Palette.Scheme);
        BindLineEditing(QueryField);
        criteria = new LinesView(palette, (w, _) => [console.CriteriaLine(w, CaretColumn())]);
        saveLabel = new LinesView(palette, (w, _) => [new LineBuilder(w).Add(SavePrompt, Ink.Chosen).Build()]) { Visible = false };
        SaveField = new TextField { CanFocus = true, Visible = false };
        SaveField.SetScheme(Palette.Scheme);
        Results = new ItemListView(palette, console.Results);
        divider = new LinesView(palette, (w, h) => [.. Enumerable.Repeat(new LineBuilder(w).Add("│", Ink.Faint).Build(), h)]);
        timeline = new LinesView(palette, TimelineLines);
        Facets = new ItemListView(palette, console.Facets) { OpenOnClick = true };
        timeline.Clicked += PickDateAt;
        Add(prompt, QueryField, criteria, saveLabel, SaveField, Results, divider, timeline, Facets);
    }

    public TextField QueryField { get; }

    public TextField SaveField { get; }

    public ItemListView Results { get; }

    public ItemListView Facets { get; }

    public bool IsSaving => SaveField.Visible;

    public bool FacetsShown => !layout.Facets.IsEmpty;

    /// <summary>Focus order for Tab.</summary>
    public IReadOnlyList<View> Panes => FacetsShown ? [QueryField, Results, Facets] : [QueryField, Results];

    public void Arrange(int width, int height)
    {
        size = (width, height);
        layout = ConsoleLayout.Search(width, height);
        console.UseSnippetLines(layout.SnippetLines);
        prompt.Place(layout.Query with { Width = Prompt.Length });
        QueryField.Place(layout.Query with { X = Prompt.Length, Width = layout.Query.Width - Prompt.Length });
        criteria.Place(layout.Criteria);
        saveLabel.Place(layout.Criteria with { Width = SavePrompt.Length });
        SaveField.Place(layout.Criteria with { X = SavePrompt.Length, Width = layout.Criteria.Width - SavePrompt.Length });
        criteria.Visible = !IsSaving;
        Results.Place(layout.Results);
        var facets = layout.Facets;
        divider.PlaceOrHide(facets with { Width = facets.IsEmpty ? 0 : 1 });
        var timelineRows = facets.IsEmpty ? 0 : Math.Min(layout.TimelineRows + 3, facets.Height / 2);
        timeline.PlaceOrHide(facets with { X = facets.X + 2, Width = facets.Width - 2, Height = timelineRows });
        Facets.PlaceOrHide(facets with { X = facets.X + 1, Y = facets.Y + timelineRows, Width = facets.Width - 1, Height = facets.Height - timelineRows });
        // The facets pane hid under the focus: the results take it.
        if (!Facets.Visible && Facets.HasFocus) Results.SetFocus();
        SetNeedsLayout();
    }

    /// <summary>
    /// Shows the console's latest state: a new search starts at its first hit, a further page keeps the place. When
    /// only the line under the query changed (a search started, a notice), the hits and facets are not redrawn: that
    /// happens on every key, just before the search's own results.
    /// </summary>
    public void Refresh()
    {
        criteria.SetNeedsDraw();
        var latest = new ShownState(console.Results, console.Results.Count, console.Facets);
        if (latest == shown) return;
        Results.Show(console.Results, keepSelection: ReferenceEquals(shown?.Results, console.Results));
        Facets.Show(console.Facets, keepSelection: true);
        timeline.SetNeedsDraw();
        shown = latest;
    }

    /// <summary>What the hits, facets and timeline were last drawn from; a page loaded later grows the same list.</summary>
    private sealed record ShownState(ResultList Results, int Count, FacetPanel Facets);

    public void StartSaving()
    {
        SaveField.Text = "";
        SaveField.Visible = saveLabel.Visible = true;
        Arrange(size.Width, size.Height);
        SaveField.SetFocus();
    }

    public void StopSaving()
    {
        SaveField.Visible = saveLabel.Visible = false;
        Arrange(size.Width, size.Height);
        QueryField.SetFocus();
    }

    public ConsolePane PaneOf(View? focused) =>
        focused == Results ? ConsolePane.Results
        : focused == Facets ? ConsolePane.Facets
        : focused == SaveField ? ConsolePane.Prompt
        : ConsolePane.Query;

    /// <summary>Readline's keys (<see cref="KeyMap.LineEditing"/>) on the field's own commands, over its defaults (Ctrl+A selects all).</summary>
    private static void BindLineEditing(TextField field)
    {
        foreach (var edit in KeyMap.LineEditing)
        {
            if (!Key.TryParse(edit.Key, out var key)) throw new InvalidOperationException($"unknown key '{edit.Key}'");
            field.KeyBindings.Remove(key);
            field.KeyBindings.Add(key, edit.Edit switch
            {
                LineEdit.Start => Command.LeftStart,
                LineEdit.End => Command.RightEnd,
                LineEdit.KillToStart => Command.CutToStartOfLine,
                LineEdit.KillWordBack => Command.KillWordLeft,
                LineEdit.WordBack => Command.WordLeft,
                _ => Command.WordRight,
            });
        }
    }

    private int? CaretColumn() =>
        console.Problem?.Column is { } column ? QueryField.Frame.X + column - 1 - QueryField.ScrollOffset : null;

    /// <summary>A heading, the bars, then the axis and the peak.</summary>
    private IReadOnlyList<StyledLine> TimelineLines(int width, int height)
    {
        var unit = console.Timeline.Buckets.Count > 0 && console.Timeline.Buckets[0].Date.Length == 7 ? "month" : "day";
        var heading = new LineBuilder(width).Add("Timeline", Ink.Heading).Add($" · per {unit}", Ink.Faint).Build();
        return [heading, .. console.Timeline.Render(width, BarRows(height), date => console.Criteria.IsSelected(FacetDimension.Date, date))];
    }

    private static int BarRows(int height) => Math.Max(1, height - 3);

    /// <summary>A click on a bar that stands for one day (or month) picks or drops it as a date filter.</summary>
    private void PickDateAt(int column, int row)
    {
        if (row < 1 || row > BarRows(timeline.Viewport.Height)) return;
        var (first, end) = console.Timeline.BucketsInColumn(column, timeline.Viewport.Width);
        if (end - first != 1 || console.Timeline.Buckets[first].Count == 0) return;
        console.ToggleFacet(FacetDimension.Date, console.Timeline.Buckets[first].Date);
    }
}
