namespace SearchEngine.Indexing.Cli;

/// <summary>What both programs, <c>indexer</c> and <c>query</c>, return to scripts: one number means one thing in either.</summary>
public static class ExitCodes
{
    /// <summary>The command did what it was asked; a search may have found nothing.</summary>
    public const int Success = 0;
    /// <summary>It ran, but not everything succeeded: some files could not be indexed, a saved-queries file could not be read.</summary>
    public const int Failure = 1;
    /// <summary>
    /// It could not run as asked: bad arguments, a query that cannot be parsed, an unknown saved query, a source that
    /// does not exist, an index another process is writing, a build with nothing usable.
    /// </summary>
    public const int Usage = 2;
    /// <summary>
    /// No index at the location (or not yet, while an indexer writes the first one), one written under another schema
    /// version, or one that cannot be read; a cluster that cannot be reached, refuses the credentials or rejects the
    /// index template.
    /// </summary>
    public const int IndexUnavailable = 3;
}
