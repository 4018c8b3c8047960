using System.Globalization;
using SearchEngine.Querying.Tui.Models;
using Terminal.Gui.ViewBase;

namespace SearchEngine.Querying.Tui.Views;

/// <summary>The article screen: title and metadata, the body with its matches, and the copies to compare it with.</summary>
public sealed class ArticleScreen : View
{
    private readonly LinesView _header;
    private readonly LinesView _copiesHeading;
    private (int Width, int Height) _size = (80, 24);
    private Area _body;

    public ArticleScreen(Palette palette)
    {
        CanFocus = true;
        _header = new LinesView(palette, (w, _) => Page?.Header(w) ?? []);
        Body = new TextPane(palette);
        _copiesHeading = new LinesView(palette, (w, _) => [CopiesHeading(w)]);
        Copies = new ItemListView(palette, new CopyList([], null));
        Add(_header, Body, _copiesHeading, Copies);
    }

    public ArticlePage? Page { get; private set; }

    public TextPane Body { get; }

    public ItemListView Copies { get; }

    public IReadOnlyList<View> Panes => Page?.Copies.Count > 0 ? [Body, Copies] : [Body];

    public void Show(ArticlePage page)
    {
        Page = page;
        Arrange(_size.Width, _size.Height);
        Body.Show(page.Body, _body.Width, _body.Height);
        Copies.Show(page.Copies, keepSelection: false);
    }

    public void Arrange(int width, int height)
    {
        _size = (width, height);
        var layout = ConsoleLayout.Article(width, height, Page?.Header(width).Count ?? 3, Page?.Copies.Count > 0);
        _header.Place(layout.Header);
        _body = layout.Body;
        Body.Place(layout.Body);
        _copiesHeading.Place(layout.Copies with { Height = 1 });
        Copies.PlaceOrHide(layout.Copies with { Y = layout.Copies.Y + 1, Height = layout.Copies.Height - 1 });
        SetNeedsLayout();
    }

    public ConsolePane PaneOf(View? focused) => focused == Copies ? ConsolePane.Copies : ConsolePane.Body;

    private StyledLine CopiesHeading(int width)
    {
        var line = new LineBuilder(width).Add("Copies", Ink.Heading);
        if (Page is null) return line.Build();
        if (Page.Copies.Problem is { } problem) return line.Add(" · " + problem, Ink.Error).Build();
        return Page.Copies.Count == 0
            ? line.Add(" · none: no other article is near-identical", Ink.Faint).Build()
            : line.Add($" · {Page.Copies.Count.ToString(CultureInfo.InvariantCulture)}, most alike first · Enter or d compares", Ink.Faint).Build();
    }
}
