using AngleSharp.Dom;

namespace SearchEngine.Indexing.Sources.Html;

/// <summary>
/// Links a page sets one a line in the same block as its story: a table cell holding the story and, below a rule, the
/// site's latest headlines, one per line break; "Previous story" and "Next story" under the last paragraph. Two lines or
/// more in a row, each mostly link text, are a link list, as a block that is mostly links is (<see cref="ContentPruner"/>);
/// a single linked line stays, since a story's own link to a statement or a linked subheading stands among prose.
/// Lines are as <see cref="BlockText"/> cuts them; a line with no letters (an image, a separator) neither makes nor breaks a run.
/// </summary>
public static class LinkLines
{
    private const int MinRun = 2;

    public static void Prune(IElement content, List<RemovedBlock> removed)
    {
        var lines = new LineCollector();
        lines.Walk(content, inLink: false);
        lines.Flush();
        var run = new List<Line>();
        foreach (var line in lines.Lines)
        {
            if (line.IsMostlyLinks)
                run.Add(line);
            else
                RemoveRun(run, removed);
        }
        RemoveRun(run, removed);
    }

    private static void RemoveRun(List<Line> run, List<RemovedBlock> removed)
    {
        if (run.Count >= MinRun)
            foreach (var line in run)
                line.Remove(removed);
        run.Clear();
    }

    private sealed class Line
    {
        public List<IText> Texts { get; } = [];
        public int Letters { get; set; }
        public int Linked { get; set; }

        public bool IsMostlyLinks => Linked >= Letters * ContentPruner.MaxLinkShare;

        public void Remove(List<RemovedBlock> removed)
        {
            removed.Add(RemovedBlock.Of("link list: lines", string.Concat(Texts.Select(t => t.Data))));
            foreach (var text in Texts)
                text.RemoveFromParent();
        }
    }

    /// <summary>Cuts an element's visible text into lines where <see cref="BlockText"/> does, counting each line's letters inside links.</summary>
    private sealed class LineCollector
    {
        private Line _current = new();

        public List<Line> Lines { get; } = [];

        public void Walk(INode node, bool inLink)
        {
            switch (node)
            {
                case IText text:
                    var letters = TextCounts.Letters(text.Data);
                    _current.Texts.Add(text);
                    _current.Letters += letters;
                    if (inLink) _current.Linked += letters;
                    break;
                case IElement element when BlockText.IsInvisible(element):
                    break;
                case IElement { LocalName: "br" }:
                    Flush();
                    break;
                case IElement element:
                    var block = BlockText.IsBlock(element);
                    if (block) Flush();
                    var linked = inLink || element.LocalName == "a";
                    for (var child = element.FirstChild; child is not null; child = child.NextSibling)
                        Walk(child, linked);
                    if (block) Flush();
                    break;
            }
        }

        public void Flush()
        {
            if (_current.Letters == 0)
            {
                _current.Texts.Clear();
                return;
            }
            Lines.Add(_current);
            _current = new Line();
        }
    }
}
