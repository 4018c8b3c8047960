using System.Globalization;
using SearchEngine.Querying.Tui.Models;
using Terminal.Gui.ViewBase;

namespace SearchEngine.Querying.Tui.Views;

/// <summary>The article screen: title and metadata, the body with its matches, and its copies and lineage to compare it with.</summary>
public sealed class ArticleScreen : View
{
    private readonly LinesView _header;
    private readonly LinesView _relatedHeading;
    private (int Width, int Height) _size = (80, 24);
    private Area _body;

    public ArticleScreen(Palette palette)
    {
        CanFocus = true;
        _header = new LinesView(palette, (w, _) => Page?.Header(w) ?? []);
        Body = new TextPane(palette);
        _relatedHeading = new LinesView(palette, (w, _) => [RelatedHeading(w)]);
        Related = new ItemListView(palette, new RelatedList([], null));
        Add(_header, Body, _relatedHeading, Related);
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
        _relatedHeading.Place(layout.Related with { Height = 1 });
        Related.PlaceOrHide(layout.Related with { Y = layout.Related.Y + 1, Height = layout.Related.Height - 1 });
        SetNeedsLayout();
    }

    public ConsolePane PaneOf(View? focused) => focused == Related ? ConsolePane.Related : ConsolePane.Body;

    /// <summary>"Copies · 2, most alike first · based on 1 · used by 3 · Enter or d compares".</summary>
    private StyledLine RelatedHeading(int width)
    {
        var line = new LineBuilder(width).Add("Copies", Ink.Heading);
        if (Page is null) return line.Build();
        if (Page.Related.Problem is { } problem) return line.Add(" · " + problem, Ink.Error).Build();
        var related = Page.Related;
        if (related.Count == 0) return line.Add(" · none: no other article is near-identical", Ink.Faint).Build();
        var copies = related.CountOf(Relation.Copy);
        var parts = new List<string> { copies == 0 ? "none" : $"{Number(copies)}, most alike first" };
        if (related.CountOf(Relation.Source) is > 0 and var sources) parts.Add($"based on {Number(sources)}");
        if (related.CountOf(Relation.Derived) is > 0 and var derived) parts.Add($"used by {Number(derived)}");
        parts.Add("Enter or d compares");
        return line.Add(" · " + string.Join(" · ", parts), Ink.Faint).Build();
    }

    private static string Number(int count) => count.ToString(CultureInfo.InvariantCulture);
}
