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

    private readonly SearchConsole _console;
    private readonly LinesView _prompt;
    private readonly LinesView _criteria;
    private readonly LinesView _saveLabel;
    private readonly LinesView _divider;
    private readonly LinesView _timeline;
    private SearchLayout _layout = ConsoleLayout.Search(80, 24);
    private (int Width, int Height) _size = (80, 24);
    private ShownState? _shown;

    public SearchScreen(SearchConsole console, Palette palette)
    {
        _console = console;
        CanFocus = true;
        _prompt = new LinesView(palette, (w, _) => [new LineBuilder(w).Add(Prompt, Ink.Heading).Build()]);
        QueryField = new TextField { CanFocus = true };
        QueryField.SetScheme(Palette.Scheme);
        BindLineEditing(QueryField);
        _criteria = new LinesView(palette, (w, _) => console.CriteriaLines(w, CaretColumn()));
        _saveLabel = new LinesView(palette, (w, _) => [new LineBuilder(w).Add(SavePrompt, Ink.Chosen).Build()]) { Visible = false };
        SaveField = new TextField { CanFocus = true, Visible = false };
        SaveField.SetScheme(Palette.Scheme);
        BindLineEditing(SaveField);
        Results = new ItemListView(palette, console.Results);
        _divider = new LinesView(palette, (w, h) => [.. Enumerable.Repeat(new LineBuilder(w).Add("│", Ink.Faint).Build(), h)]);
        _timeline = new LinesView(palette, TimelineLines);
        Facets = new ItemListView(palette, console.Facets) { OpenOnClick = true };
        _timeline.Clicked += PickDateAt;
        Add(_prompt, QueryField, _criteria, _saveLabel, SaveField, Results, _divider, _timeline, Facets);
    }

    public TextField QueryField { get; }

    public TextField SaveField { get; }

    public ItemListView Results { get; }

    public ItemListView Facets { get; }

    public bool IsSaving => SaveField.Visible;

    public bool FacetsShown => !_layout.Facets.IsEmpty;

    /// <summary>Focus order for Tab.</summary>
    public IReadOnlyList<View> Panes => FacetsShown ? [QueryField, Results, Facets] : [QueryField, Results];

    public void Arrange(int width, int height)
    {
        _size = (width, height);
        _layout = ConsoleLayout.Search(width, height, CriteriaRows(width));
        _console.UseSnippetLines(_layout.SnippetLines);
        _console.UseResultRows(_layout.Results.Height);
        _prompt.Place(_layout.Query with { Width = Prompt.Length });
        QueryField.Place(_layout.Query with { X = Prompt.Length, Width = _layout.Query.Width - Prompt.Length });
        _criteria.Place(_layout.Criteria);
        _saveLabel.Place(_layout.Criteria with { Width = SavePrompt.Length, Height = 1 });
        SaveField.Place(_layout.Criteria with { X = SavePrompt.Length, Width = _layout.Criteria.Width - SavePrompt.Length, Height = 1 });
        _criteria.Visible = !IsSaving;
        Results.Place(_layout.Results);
        var facets = _layout.Facets;
        _divider.PlaceOrHide(facets with { Width = facets.IsEmpty ? 0 : 1 });
        var timelineRows = facets.IsEmpty ? 0 : Math.Min(_layout.TimelineRows + 3, facets.Height / 2);
        _timeline.PlaceOrHide(facets with { X = facets.X + 2, Width = facets.Width - 2, Height = timelineRows });
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
        if (CriteriaRows(_size.Width) != _layout.Criteria.Height) Arrange(_size.Width, _size.Height);
        _criteria.SetNeedsDraw();
        var latest = new ShownState(_console.Results, _console.Results.Count, _console.Facets);
        if (latest == _shown) return;
        Results.Show(_console.Results, keepSelection: ReferenceEquals(_shown?.Results, _console.Results));
        Facets.Show(_console.Facets, keepSelection: true);
        _timeline.SetNeedsDraw();
        _shown = latest;
    }

    /// <summary>What the hits, facets and timeline were last drawn from; a page loaded later grows the same list.</summary>
    private sealed record ShownState(ResultList Results, int Count, FacetPanel Facets);

    public void StartSaving()
    {
        SaveField.Text = "";
        SaveField.Visible = _saveLabel.Visible = true;
        Arrange(_size.Width, _size.Height);
        SaveField.SetFocus();
    }

    public void StopSaving()
    {
        SaveField.Visible = _saveLabel.Visible = false;
        Arrange(_size.Width, _size.Height);
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

    /// <summary>The rows the line under the query takes: one, or more for a problem too long for one.</summary>
    private int CriteriaRows(int width) => IsSaving ? 1 : _console.CriteriaLines(width, CaretColumn()).Count;

    private int? CaretColumn() =>
        _console.Problem?.Column is { } column ? QueryField.Frame.X + column - 1 - QueryField.ScrollOffset : null;

    /// <summary>A heading, the bars, then the axis and the peak.</summary>
    private IReadOnlyList<StyledLine> TimelineLines(int width, int height)
    {
        var unit = _console.Timeline.Buckets.Count > 0 && _console.Timeline.Buckets[0].Date.Length == 7 ? "month" : "day";
        var heading = new LineBuilder(width).Add("Timeline", Ink.Heading).Add($" · per {unit}", Ink.Faint).Build();
        return [heading, .. _console.Timeline.Render(width, BarRows(height), date => _console.Criteria.IsSelected(FacetDimension.Date, date))];
    }

    private static int BarRows(int height) => Math.Max(1, height - 3);

    /// <summary>A click on a bar that stands for one day (or month) picks or drops it as a date filter.</summary>
    private void PickDateAt(int column, int row)
    {
        if (row < 1 || row > BarRows(_timeline.Viewport.Height)) return;
        var (first, end) = _console.Timeline.BucketsInColumn(column, _timeline.Viewport.Width);
        if (end - first != 1 || _console.Timeline.Buckets[first].Count == 0) return;
        _console.ToggleFacet(FacetDimension.Date, _console.Timeline.Buckets[first].Date);
    }
}
