namespace SearchEngine.Indexing.Sources;

/// <summary>
/// A file that describes a collection of articles rather than being one: its README or licence (README.TXT beside
/// BBC News' five folders). Read from a folder, it would be indexed as an article and turn up in searches.
/// </summary>
public static class CorpusDocument
{
    private static readonly HashSet<string> Names = new(StringComparer.OrdinalIgnoreCase) { "README", "LICENSE", "LICENCE", "COPYING" };

    /// <summary>Whether the file's name, before any extension (README, README.txt, LICENSE.md), is one a collection describes itself in.</summary>
    public static bool Is(string path)
    {
        var name = Path.GetFileName(path);
        var dot = name.IndexOf('.');
        return Names.Contains(dot < 0 ? name : name[..dot]);
    }
}
