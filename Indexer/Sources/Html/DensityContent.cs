using AngleSharp.Dom;

namespace SearchEngine.Indexing.Sources.Html;

/// <summary>
/// The element holding the most article-like text, for pages Readability finds nothing on (table layouts, text in
/// <c>&lt;td&gt;</c> and <c>&lt;font&gt;</c> broken by <c>&lt;br&gt;</c>). Each block's own text counts for it when it reads as
/// prose (enough words, few of them links) and against it when it is mostly links (menus, headline lists); every
/// element scores the sum over its subtree, and the best-scoring one wins, so the container that gathers the prose
/// and as few link lists as possible is chosen. Candidates come best first, so a caller can try the next.
/// </summary>
public static class DensityContent
{
    private const int MinProseWords = 8;
    private const double MaxProseLinkShare = 0.3;
    private const double MinListLinkShare = 0.5;

    public static IEnumerable<IElement> Candidates(IElement root)
    {
        var own = new Dictionary<IElement, (int Words, int LinkWords)>();
        CountOwnWords(root, own);
        var scores = new Dictionary<IElement, int>();
        var order = new List<IElement>();
        SumSubtrees(root, own, scores, order);
        return order.Where(e => scores[e] > 0)
            .OrderByDescending(e => scores[e])
            .ThenBy(e => e.TextContent.Length);
    }

    /// <summary>Words of text and of link text, charged to the nearest block element above them.</summary>
    private static void CountOwnWords(IElement root, Dictionary<IElement, (int Words, int LinkWords)> own)
    {
        var stack = new Stack<(INode Node, IElement Block, bool InLink)>();
        stack.Push((root, root, false));
        while (stack.Count > 0)
        {
            var (node, block, inLink) = stack.Pop();
            if (node is IText text)
            {
                var words = TextCounts.Words(text.Data);
                if (words == 0) continue;
                own.TryGetValue(block, out var counts);
                own[block] = (counts.Words + words, counts.LinkWords + (inLink ? words : 0));
                continue;
            }
            if (node is not IElement element || BlockText.IsInvisible(element)) continue;
            var childBlock = BlockText.IsBlock(element) ? element : block;
            var childInLink = inLink || element.LocalName == "a";
            for (var child = element.LastChild; child is not null; child = child.PreviousSibling)
                stack.Push((child, childBlock, childInLink));
        }
    }

    /// <summary>Each element's score, its own text's plus its children's, computed children first without recursion.</summary>
    private static void SumSubtrees(IElement root, Dictionary<IElement, (int Words, int LinkWords)> own,
        Dictionary<IElement, int> scores, List<IElement> order)
    {
        var stack = new Stack<(IElement Element, bool ChildrenDone)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (element, childrenDone) = stack.Pop();
            if (BlockText.IsInvisible(element)) continue;
            if (!childrenDone)
            {
                stack.Push((element, true));
                foreach (var child in element.Children)
                    stack.Push((child, false));
                continue;
            }
            var score = own.TryGetValue(element, out var counts) ? BlockScore(counts.Words, counts.LinkWords) : 0;
            foreach (var child in element.Children)
                score += scores.GetValueOrDefault(child);
            scores[element] = score;
            if (BlockText.IsBlock(element) || element == root) order.Add(element);
        }
    }

    private static int BlockScore(int words, int linkWords)
    {
        if (linkWords >= words * MinListLinkShare) return -words;
        return words >= MinProseWords && linkWords <= words * MaxProseLinkShare ? words : 0;
    }
}
