using SearchEngine.Querying.Tui.Models;
using Terminal.Gui.ViewBase;

namespace SearchEngine.Querying.Tui.Views;

/// <summary>The diff screen: what a copy changed against the article, inline, with n and N stepping between changes.</summary>
public sealed class DiffScreen : View
{
    private readonly LinesView _header;
    private Area _body;

    public DiffScreen(Palette palette)
    {
        CanFocus = true;
        _header = new LinesView(palette, (w, _) => Page?.Header(w) ?? []);
        Body = new TextPane(palette);
        Add(_header, Body);
    }

    public DiffPage? Page { get; private set; }

    public TextPane Body { get; }

    public void Show(DiffPage page)
    {
        Page = page;
        Body.Show(page.Body, _body.Width, _body.Height);
    }

    public void Arrange(int width, int height)
    {
        (var title, _body, _, _) = ConsoleLayout.Page(width, height, titleLines: 3);
        _header.Place(title);
        Body.Place(_body);
        SetNeedsLayout();
    }
}
