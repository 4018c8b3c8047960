namespace SearchEngine.Indexing.Sources;

/// <summary>A page's text as scraped: one article per file, nothing explicit but the text.</summary>
public static class PlainTextReader
{
    public static IEnumerable<SourceRecord> Read(SourceFileInfo file, byte[] bytes)
    {
        var text = SourceText.Decode(bytes, out var warning);
        if (string.IsNullOrWhiteSpace(text))
            return [SourceProblem.Skipped(file.DisplayPath, "no text in the file")];
        var article = new ArticleRecord(new RawArticle(file.IdStem, file.DisplayPath, text, ExplicitMetadata.None, SourceText.Hash(bytes))
        {
            SourceFile = file.DisplayPath,
        });
        return warning is null ? [article] : [article, SourceProblem.Warning(file.DisplayPath, warning)];
    }
}
