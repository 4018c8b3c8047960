using AngleSharp.Dom;

namespace SearchEngine.Indexing.Sources.Html;

/// <summary>One line of an element's visible text, as <see cref="BlockText"/> cuts it: its text nodes, so it can be taken out, and its letters.</summary>
public sealed class TextLine
{
    public List<IText> Texts { get; } = [];

    public int Letters { get; internal set; }

    /// <summary>Letters inside links.</summary>
    public int Linked { get; internal set; }

    public string Text => string.Concat(Texts.Select(t => t.Data));

    public void Remove()
    {
        foreach (var text in Texts)
            text.RemoveFromParent();
    }
}

/// <summary>
/// An element's visible text as lines, cut where <see cref="BlockText"/> cuts it (block boundaries and <c>br</c>), for
/// the rules that judge a line rather than a box. Lines without letters (an image, a separator) are left out.
/// </summary>
public static class TextLines
{
    public static List<TextLine> Of(IElement root)
    {
        var collector = new Collector();
        collector.Walk(root, inLink: false);
        collector.Flush();
        return collector.Lines;
    }

    private sealed class Collector
    {
        private TextLine _current = new();

        public List<TextLine> Lines { get; } = [];

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
            _current = new TextLine();
        }
    }
}
