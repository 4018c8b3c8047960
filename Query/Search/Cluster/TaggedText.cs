namespace SearchEngine.Querying.Search.Cluster;

/// <summary>A fragment the cluster highlighted, its matches between <see cref="ClusterSearchBody.PreTag"/> and <see cref="ClusterSearchBody.PostTag"/>, as text and marks.</summary>
internal static class TaggedText
{
    public static MarkedText Read(string tagged)
    {
        var text = new System.Text.StringBuilder(tagged.Length);
        var marks = new List<Mark>();
        var start = -1;
        foreach (var c in tagged)
        {
            if (c == ClusterSearchBody.PreTag[0]) start = text.Length;
            else if (c == ClusterSearchBody.PostTag[0] && start >= 0)
            {
                if (text.Length > start) marks.Add(new Mark(start, text.Length));
                start = -1;
            }
            else text.Append(c);
        }
        return new MarkedText(text.ToString(), marks);
    }
}
