namespace SearchEngine.Querying.Tui.Models;

/// <summary>
/// The articles read one from another's related list (a copy, the story it was based on, one based on it), so Esc goes
/// back along the way the user came before it leaves the article screen. Opening a hit from the results starts a new trail.
/// </summary>
public sealed class ArticleTrail
{
    private readonly Stack<ArticlePage> _earlier = new();

    /// <summary>The page being read.</summary>
    public ArticlePage? Current { get; private set; }

    /// <summary>Articles read before the current one on this trail.</summary>
    public int Depth => _earlier.Count;

    /// <summary>The hit the trail started from (the current page when nothing was followed from it).</summary>
    public ArticlePage? Opened => _earlier.Count > 0 ? _earlier.Last() : Current;

    /// <summary>A hit opened from the results: the trail starts again from it.</summary>
    public void Start(ArticlePage page)
    {
        _earlier.Clear();
        Current = page;
    }

    /// <summary>An article opened from the current one's related list: reached from it, so Esc returns to it.</summary>
    public void Follow(ArticlePage page)
    {
        if (Current is { } current) _earlier.Push(current);
        Current = page;
    }

    /// <summary>Steps back to the article the current one was opened from; false when it was opened from the results.</summary>
    public bool Back()
    {
        if (!_earlier.TryPop(out var previous)) return false;
        Current = previous;
        return true;
    }
}
