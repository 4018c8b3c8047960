using SearchEngine.Querying.Tui.Models;
using Terminal.Gui.ViewBase;

namespace SearchEngine.Querying.Tui.Views;

/// <summary>The article screen: title and metadata, the body with its matches, and its copies and lineage to compare it with.</summary>
public sealed class ArticleScreen : View
{
    private readonly LinesView _header;
    private readonly LinesView _relatedHeading;
    private readonly LinesView _rule;
    private (int Width, int Height) _size = (80, 24);
    private Area _body;

    public ArticleScreen(Palette palette)
    {
        CanFocus = true;
        _header = new LinesView(palette, (w, _) => Page?.Header(w) ?? []);
        Body = new TextPane(palette);
        _relatedHeading = new LinesView(palette, (w, _) => RelatedHeading(w));
        Related = new ItemListView(palette, new RelatedList([], null));
        _rule = new LinesView(palette, (w, h) => [.. Enumerable.Repeat(new LineBuilder(w).Add("│", Ink.Faint).Build(), h)]);
        Add(_header, Body, _rule, _relatedHeading, Related);
    }

    public ArticlePage? Page { get; private set; }

    public TextPane Body { get; }

    /// <summary>The copies, the stories the article was derived from and those derived from it.</summary>
    public ItemListView Related { get; }

    public IReadOnlyList<View> Panes => Page?.Related.Count > 0 ? [Body, Related] : [Body];

    public void Show(ArticlePage page)
    {
        Page = page;
        Arrange(_size.Width, _size.Height);
        Body.Show(page.Body, _body.Width, _body.Height);
        Related.Show(page.Related, keepSelection: false);
    }

    public void Arrange(int width, int height)
    {
        _size = (width, height);
        var layout = ConsoleLayout.Article(width, height, Page?.Header(width).Count ?? 3, Page?.Related.Count > 0);
        _header.Place(layout.Header);
        _body = layout.Body;
        Body.Place(layout.Body);
        _rule.PlaceOrHide(layout.Rule);
        var heading = Math.Min(HeadingRows, layout.Related.Height);
        _relatedHeading.Place(layout.Related with { Height = heading });
        Related.PlaceOrHide(layout.Related with { Y = layout.Related.Y + heading, Height = layout.Related.Height - heading });
        SetNeedsLayout();
    }

    public ConsolePane PaneOf(View? focused) => focused == Related ? ConsolePane.Related : ConsolePane.Body;

    /// <summary>The related list's heading: what it holds, then the keys, on a line of their own so a narrow pane cuts neither.</summary>
    private const int HeadingRows = 2;

    /// <summary>"Related · 2 copies · based on 1 · used by 3", then "Enter reads · d compares".</summary>
    private IReadOnlyList<StyledLine> RelatedHeading(int width)
    {
        var line = new LineBuilder(width).Add("Related", Ink.Heading);
        if (Page is null) return [line.Build()];
        if (Page.Related.Problem is { } problem) return [line.Add(" · " + problem, Ink.Error).Build()];
        line.Add(" · " + Page.Related.Summary(), Ink.Faint);
        return Page.Related.Count == 0 ? [line.Build()] : [line.Build(), new LineBuilder(width).Add("Enter reads · d compares", Ink.Faint).Build()];
    }

}
