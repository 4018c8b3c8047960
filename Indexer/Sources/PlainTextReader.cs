namespace SearchEngine.Indexing.Sources;

/// <summary>A page's text as scraped: one article per file, nothing explicit but the text.</summary>
public static class PlainTextReader
{
    public static IEnumerable<SourceRecord> Read(SourceFileInfo file, byte[] bytes)
    {
        var text = SourceText.Decode(bytes, out _);
        if (string.IsNullOrWhiteSpace(text))
            return [SourceProblem.Skipped(file.DisplayPath, "no text in the file")];
        return [new ArticleRecord(new RawArticle(file.IdStem, file.DisplayPath, text, ExplicitMetadata.None, SourceText.Hash(bytes))
        {
            SourceFile = file.DisplayPath,
        })];
    }
}
