namespace SearchEngine.Querying.Cli;

/// <summary>What <c>query</c> returns to scripts.</summary>
public static class ExitCodes
{
    /// <summary>The command ran; a search may have found nothing.</summary>
    public const int Success = 0;
    /// <summary>Anything else went wrong, such as an unreadable saved-queries file.</summary>
    public const int Failure = 1;
    /// <summary>Bad arguments, an unknown saved query, or a query that cannot be parsed.</summary>
    public const int Usage = 2;
    /// <summary>No index at the location, or one that cannot be read.</summary>
    public const int IndexUnavailable = 3;
}
