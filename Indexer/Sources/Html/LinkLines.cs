using AngleSharp.Dom;

namespace SearchEngine.Indexing.Sources.Html;

/// <summary>
/// Links a page sets one a line in the same block as its story: a table cell holding the story and, below a rule, the
/// site's latest headlines, one per line break; "Previous story" and "Next story" under the last paragraph. Two lines or
/// more in a row, each mostly link text, are a link list, as a block that is mostly links is (<see cref="ContentPruner"/>);
/// a single linked line stays, since a story's own link to a statement or a linked subheading stands among prose.
/// A line with no letters (an image, a separator) neither makes nor breaks a run.
/// </summary>
public static class LinkLines
{
    private const int MinRun = 2;

    public static void Prune(IElement content, List<RemovedBlock> removed)
    {
        var run = new List<TextLine>();
        foreach (var line in TextLines.Of(content))
        {
            if (line.Linked >= line.Letters * ContentPruner.MaxLinkShare)
                run.Add(line);
            else
                RemoveRun(run, removed);
        }
        RemoveRun(run, removed);
    }

    private static void RemoveRun(List<TextLine> run, List<RemovedBlock> removed)
    {
        if (run.Count >= MinRun)
        {
            foreach (var line in run)
            {
                removed.Add(RemovedBlock.Of("link list: lines", line.Text));
                line.Remove();
            }
        }
        run.Clear();
    }
}
