namespace SearchEngine.Indexing.Extraction.People;

/// <summary>
/// Two capitalised words or more that fill a quotation by themselves are a title: a film or book ("Anna Karenina"), a
/// bill, a journal, a home. News quotes what people say and names the people themselves bare, even a nickname of one word.
/// </summary>
public static class QuotedTitle
{
    public static bool Is(NameRun run) => run.FillsQuotation && run.Words.Count > 1;
}
