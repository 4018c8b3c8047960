using AngleSharp.Dom;

namespace SearchEngine.Indexing.Sources.Html;

/// <summary>
/// The columns a table layout sets beside the story's cell: older pages lay the whole page out as a table, and when
/// Readability chooses that table, or a row of it, the cells to the story's left and right come with it: menus,
/// promotions, a publisher's blurb, a desk's "submit a story" notice, told in lines of prose as long as the story's
/// own. The story's cell is the one holding the most prose itself; from it up to the chosen element, the other cells
/// of each row it sits in are side columns when no cell of theirs holds half as much prose and all of them together
/// less than it. A story whose paragraphs each sit in a row of their own is untouched: rows are not columns; and so is
/// a table inside a story told outside it.
/// </summary>
public static class SideColumns
{
    /// <summary>A line of prose, not a label or a teaser's headline.</summary>
    private const int MinProseWords = 10;
    /// <summary>A story's cell holds at least a short story's prose; fewer letters are no sure sign of one.</summary>
    private const int MinStoryLetters = 400;

    public static void Prune(IElement content, List<RemovedBlock> removed)
    {
        if (content.QuerySelector("td, th") is null) return;
        var own = new Dictionary<IElement, int>();
        var outsideCells = 0;
        foreach (var line in TextLines.Of(content))
        {
            if (TextCounts.Words(line.Text) < MinProseWords || line.Linked >= line.Letters * ContentPruner.MaxLinkShare) continue;
            if (Cell(line.Texts[0], content) is { } cell) own[cell] = own.GetValueOrDefault(cell) + line.Letters;
            else outsideCells += line.Letters;
        }
        if (own.Count < 2) return;
        var (story, storyLetters) = own.MaxBy(pair => pair.Value);
        // A story told outside the table (a data table in its paragraphs, a Q&A's cells) keeps every cell.
        if (storyLetters < MinStoryLetters || storyLetters <= outsideCells) return;

        for (var cell = story; cell is not null; cell = Cell(cell, content))
        {
            if (cell.ParentElement is not { } row) break;
            foreach (var side in row.Children.Where(c => c != cell && IsCell(c)).ToList())
            {
                var inside = own.Where(pair => side.Contains(pair.Key)).Select(pair => pair.Value).ToList();
                if (inside.Sum() >= storyLetters || inside.Any(letters => letters * 2 >= storyLetters)) continue;
                var text = BlockText.Of(side);
                if (!string.IsNullOrWhiteSpace(text)) removed.Add(RemovedBlock.Of("column beside the story's cell", text));
                side.RemoveFromParent();
            }
        }
    }

    /// <summary>The nearest table cell around the node, inside the chosen element.</summary>
    private static IElement? Cell(INode node, IElement content)
    {
        for (var element = node.ParentElement; element is not null && element != content; element = element.ParentElement)
            if (IsCell(element)) return element;
        return null;
    }

    private static bool IsCell(IElement element) => element.LocalName is "td" or "th";
}
