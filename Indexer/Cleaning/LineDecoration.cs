namespace SearchEngine.Indexing.Cleaning;

/// <summary>
/// The bullets and arrows a page sets around a line that is a link or a list item ("• Headline", "Read more »",
/// "» Headline «"). They are no part of what the line says.
/// </summary>
public static class LineDecoration
{
    private const string Marks = "•·●▪►▶>|";

    /// <summary>The line without its decoration at either end, nor the white space inside it.</summary>
    /// <remarks>
    /// Guillemets also quote ("« Titre »", "»Titel«"), so one counts as decoration only where it cannot be a quotation
    /// mark: "»" or "›" opening with a space after it, "«" or "‹" closing with a space before it, and "»" or "›" closing a
    /// line that opens no quotation with "«" or "‹".
    /// </remarks>
    public static ReadOnlySpan<char> Trim(ReadOnlySpan<char> line)
    {
        var text = line.Trim();
        while (text.Length > 0)
        {
            if (Marks.Contains(text[0]) || IsOpeningArrow(text)) text = text[1..].TrimStart();
            else if (Marks.Contains(text[^1]) || IsClosingArrow(text)) text = text[..^1].TrimEnd();
            else break;
        }
        return text;
    }

    private static bool IsOpeningArrow(ReadOnlySpan<char> text) => text[0] is '»' or '›' && text.Length > 1 && char.IsWhiteSpace(text[1]);

    private static bool IsClosingArrow(ReadOnlySpan<char> text) => text[^1] switch
    {
        '«' or '‹' => text.Length > 1 && char.IsWhiteSpace(text[^2]),
        '»' => !text.Contains('«'),
        '›' => !text.Contains('‹'),
        _ => false,
    };
}
