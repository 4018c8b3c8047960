namespace SearchEngine.Indexing.Cleaning;

/// <summary>One kind of page furniture, recognised and marked. Rules run in order; each sees the marks of those before it.</summary>
public interface IPageRule
{
    void Apply(PageDraft page);
}
