namespace SearchEngine.Indexing.Cluster;

/// <summary>How large bulk requests may grow and how long a push keeps trying when the cluster pushes back.</summary>
public sealed record BulkOptions
{
    public static BulkOptions Default { get; } = new();

    /// <summary>
    /// Bytes of one request body. 5 MiB is where both engines' tuning guides start (5–15 MB per request), far under
    /// their 100 MB <c>http.max_content_length</c>; a larger body gains little and costs a coordinating node memory.
    /// One document larger than this goes in a request of its own.
    /// </summary>
    public long MaxBytes { get; init; } = 5 * 1024 * 1024;

    /// <summary>
    /// Documents in one request. At about 5 kB per article (its text, signature and lookup keys) 1,000 reach the byte
    /// bound about when the count does; the count keeps a request of short articles, and its resume lookup, short too.
    /// </summary>
    public int MaxDocuments { get; init; } = 1000;

    /// <summary>
    /// Attempts of one request before its documents count as failed: with the delays below, about half a minute of a
    /// cluster answering 429 or 503, long enough for a merge or a node restart to pass, short enough to give up on one
    /// that is down.
    /// </summary>
    public int MaxAttempts { get; init; } = 6;

    /// <summary>The wait after the first failed attempt; it doubles after each further one, up to <see cref="MaxDelay"/>.</summary>
    public TimeSpan FirstDelay { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <exception cref="ArgumentException">A bound is not positive; the message names it.</exception>
    public void Validate()
    {
        if (MaxBytes < 1) throw new ArgumentException("the bulk request size must be at least one byte");
        if (MaxDocuments < 1) throw new ArgumentException("a bulk request must hold at least one document");
        if (MaxAttempts < 1) throw new ArgumentException("a bulk request needs at least one attempt");
    }
}
