using SearchEngine.Querying.Tui.Models;
using Terminal.Gui.Drawing;
using Attribute = Terminal.Gui.Drawing.Attribute;
using Color = Terminal.Gui.Drawing.Color;

namespace SearchEngine.Querying.Tui.Views;

/// <summary>
/// How each <see cref="Ink"/> looks. The background is always the terminal's own and colours are named ANSI colours,
/// so the terminal's theme (dark or light) decides the shades; matches and changes are also bold, underlined or struck
/// through, so they read without colour. Under NO_COLOR (https://no-color.org) only those styles remain.
/// </summary>
public sealed class Palette(bool colour)
{
    public static Palette FromEnvironment(Func<string, string?> environment) =>
        new(string.IsNullOrEmpty(environment("NO_COLOR")) && environment("TERM") != "dumb");

    public bool UsesColour => colour;

    public static Attribute Base => new(Color.None, Color.None);

    public Attribute For(Ink ink, bool selected = false)
    {
        var (foreground, style) = ink switch
        {
            Ink.Title => (Color.None, TextStyle.Bold),
            Ink.Match => (Named(ColorName16.Red), TextStyle.Bold | TextStyle.Underline),
            Ink.CurrentMatch => (Named(ColorName16.Red), TextStyle.Bold | TextStyle.Reverse),
            Ink.Meta => (Named(ColorName16.Cyan), TextStyle.None),
            Ink.Faint => (Color.None, TextStyle.Faint),
            Ink.Heading => (Color.None, TextStyle.Bold | TextStyle.Underline),
            Ink.Error => (Named(ColorName16.Red), TextStyle.Bold),
            Ink.Deleted => (Named(ColorName16.Red), TextStyle.Strikethrough),
            Ink.Inserted => (Named(ColorName16.Green), TextStyle.Underline),
            Ink.Key => (Named(ColorName16.Cyan), TextStyle.Bold),
            Ink.Chosen => (Named(ColorName16.Magenta), TextStyle.Bold),
            Ink.Bar => (Named(ColorName16.Cyan), TextStyle.None),
            Ink.New => (Named(ColorName16.Green), TextStyle.Bold),
            _ => (Color.None, TextStyle.None),
        };
        // Reverse twice is no reverse: the current match inside a selected row stays visible as plain bold.
        if (selected) style ^= TextStyle.Reverse;
        return new Attribute(foreground, Color.None, style);
    }

    /// <summary>
    /// For Terminal.Gui's own views (the text fields): every role on the terminal's colours, selected text reversed.
    /// The stock schemes paint fields white on grey, which fights light and dark themes alike.
    /// </summary>
    public static Scheme Scheme
    {
        get
        {
            var plain = Base;
            var reversed = plain with { Style = TextStyle.Reverse };
            var bold = plain with { Style = TextStyle.Bold };
            return new Scheme(plain)
            {
                Normal = plain,
                Focus = plain,
                Editable = plain,
                ReadOnly = plain with { Style = TextStyle.Faint },
                Disabled = plain with { Style = TextStyle.Faint },
                Active = reversed,
                Highlight = reversed,
                HotNormal = bold,
                HotFocus = bold,
                HotActive = reversed,
            };
        }
    }

    /// <summary>The status line: reversed, so it stands apart from the panes on any theme.</summary>
    public Attribute Status => new(Color.None, Color.None, TextStyle.Reverse);

    private Color Named(ColorName16 name) => colour ? new Color(name) : Color.None;
}
