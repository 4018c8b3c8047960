using SearchEngine.Querying.Tui.Models;
using Terminal.Gui.ViewBase;
using Attribute = Terminal.Gui.Drawing.Attribute;

namespace SearchEngine.Querying.Tui.Views;

/// <summary>Draws <see cref="StyledLine"/>s into a view: the one place spans become terminal attributes.</summary>
internal static class StyledDrawing
{
    /// <param name="currentMatch">The match drawn as current (article view); -1 for none.</param>
    /// <param name="fill">The attribute of the rest of the row; the palette's base when null.</param>
    public static void DrawLine(this View view, Palette palette, int x, int y, int width, StyledLine line,
        bool selected = false, int currentMatch = -1, Attribute? fill = null)
    {
        if (width <= 0) return;
        view.Move(x, y);
        var used = 0;
        foreach (var span in line.Spans)
        {
            if (used + span.Width > width) break;
            var ink = span.Match >= 0 && span.Match == currentMatch ? Ink.CurrentMatch : span.Ink;
            view.SetAttribute(fill is { } f && ink == Ink.Plain && !selected ? f : palette.For(ink, selected));
            view.AddStr(span.Text);
            used += span.Width;
        }
        view.SetAttribute(fill ?? palette.For(Ink.Plain, selected));
        if (used < width) view.AddStr(new string(' ', width - used));
    }

    public static void Clear(this View view, Palette palette, int x, int y, int width, int height)
    {
        view.SetAttribute(Palette.Base);
        for (var row = 0; row < height; row++)
        {
            view.Move(x, y + row);
            view.AddStr(new string(' ', Math.Max(0, width)));
        }
    }

    /// <summary>Puts the view at <paramref name="area"/>; whether it shows is left to the caller.</summary>
    public static void Place(this View view, Area area)
    {
        view.X = Pos.Absolute(area.X);
        view.Y = Pos.Absolute(area.Y);
        view.Width = Dim.Absolute(Math.Max(0, area.Width));
        view.Height = Dim.Absolute(Math.Max(0, area.Height));
    }

    /// <summary>Puts the view at <paramref name="area"/> and shows it only if the area is not empty.</summary>
    public static void PlaceOrHide(this View view, Area area)
    {
        view.Place(area);
        view.Visible = !area.IsEmpty;
    }
}
