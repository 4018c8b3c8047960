namespace SearchEngine.Indexing.Dedup;

/// <summary>A text to cluster: its id, fingerprint, publication date (null when unknown) and length in characters.</summary>
public sealed record DedupDocument(string Id, Fingerprint Fingerprint, DateTime? Published, int Length);
