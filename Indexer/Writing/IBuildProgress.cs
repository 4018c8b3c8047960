namespace SearchEngine.Indexing.Writing;

/// <summary>Told how a build advances; the command line draws a bar on a terminal and writes log lines elsewhere.</summary>
public interface IBuildProgress
{
    void Start(long totalBytes);

    /// <param name="documents">Articles done so far (indexed, unchanged or failed).</param>
    /// <param name="bytes">Source bytes read so far.</param>
    void Report(int documents, long bytes);

    void Finish();

    public static readonly IBuildProgress None = new Silent();

    private sealed class Silent : IBuildProgress
    {
        public void Start(long totalBytes) { }
        public void Report(int documents, long bytes) { }
        public void Finish() { }
    }
}
