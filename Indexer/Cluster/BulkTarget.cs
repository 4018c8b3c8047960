using System.Text.Json.Nodes;

namespace SearchEngine.Indexing.Cluster;

/// <summary>Where a push's bulk requests go: a cluster, or files for the cluster's own tools to load.</summary>
public interface IBulkTarget
{
    /// <summary>The cluster and index, or the folder, for messages.</summary>
    string Destination { get; }

    /// <summary>Installs the index template (or writes it), before any document.</summary>
    Task PrepareAsync(JsonObject template, CancellationToken cancel);

    Task<BulkSendResult> SendAsync(BulkRequest request, CancellationToken cancel);

    /// <summary>The copies already stored where the documents go, which new articles join; null for files, which hold none.</summary>
    ICopyCandidates? StoredCopies { get; }
}

/// <summary>
/// Sends to a cluster: installs the index template first, so the index a first request creates has its mappings, and
/// refuses an index already there that was made for another schema or other near-duplicate settings
/// (<see cref="ClusterIndexCheck"/>); then for each request sends only the documents the cluster does not already hold as they are.
/// </summary>
public sealed class BulkClusterTarget : IBulkTarget
{
    private readonly IClusterTransport _transport;
    private readonly string _cluster;
    private readonly string _indexName;
    private readonly BulkRetry _retry;
    private readonly BulkResume _resume;
    private readonly BulkSender _sender;

    /// <param name="cluster">The cluster's address, for messages.</param>
    /// <param name="delay">How to wait between attempts (see <see cref="BulkRetry"/>).</param>
    public BulkClusterTarget(IClusterTransport transport, string cluster, string indexName, BulkOptions options,
        Func<TimeSpan, CancellationToken, Task>? delay = null, Random? random = null)
    {
        _transport = transport;
        _cluster = cluster;
        _indexName = indexName;
        _retry = new BulkRetry(options, cluster, delay, random);
        _resume = new BulkResume(transport, indexName, _retry);
        _sender = new BulkSender(transport, _retry);
        StoredCopies = new ClusterCopyCandidates(transport, indexName, _retry);
        Destination = $"index {indexName} at {cluster}";
    }

    public string Destination { get; }

    public ICopyCandidates? StoredCopies { get; }

    public static string TemplatePath(string indexName) => $"/_index_template/{ClusterTemplate.NameFor(indexName)}";

    /// <exception cref="ClusterUnreachableException">No answer: the first request is not retried, a wrong address is reported at once.</exception>
    /// <exception cref="BulkStoppedException">The credentials were refused or the template was rejected.</exception>
    public async Task PrepareAsync(JsonObject template, CancellationToken cancel)
    {
        var response = await _retry.SendAsync(_transport, HttpMethod.Put, TemplatePath(_indexName), template.ToJsonString(), "installing the index template",
            cancel, retryUnreachable: false).ConfigureAwait(false);
        if (!response.IsSuccess)
            throw new BulkStoppedException($"the cluster at {_cluster} rejected the index template {ClusterTemplate.NameFor(_indexName)}: {ClusterError.Describe(response)}");
        var mapping = await _retry.SendAsync(_transport, HttpMethod.Get, ClusterIndexCheck.MappingPath(_indexName), null, "reading the index's mapping", cancel)
            .ConfigureAwait(false);
        if (ClusterIndexCheck.Problem(mapping, _indexName, _cluster, ClusterTemplate.MappingMeta(template)) is { } problem)
            throw new BulkStoppedException(problem);
    }

    public async Task<BulkSendResult> SendAsync(BulkRequest request, CancellationToken cancel)
    {
        IReadOnlySet<BulkItem> unchanged;
        try
        {
            unchanged = await _resume.UnchangedAsync(request, cancel).ConfigureAwait(false);
        }
        catch (BulkStoppedException stopped)
        {
            return new BulkSendResult([.. request.Items.Select(i => new BulkItemOutcome(i, BulkItemResult.Failed, Reason: stopped.Message))], stopped.Message);
        }
        var outcomes = request.Items.Where(unchanged.Contains).Select(i => new BulkItemOutcome(i, BulkItemResult.Unchanged)).ToList();
        if (outcomes.Count == request.Items.Count) return new BulkSendResult(outcomes);
        var sent = await _sender.SendAsync(request.Subset([.. request.Items.Where(i => !unchanged.Contains(i))]), cancel).ConfigureAwait(false);
        return sent with { Outcomes = [.. outcomes, .. sent.Outcomes] };
    }
}

/// <summary>
/// Writes each bulk request to a numbered file, <c>bulk-000001.ndjson</c>…, and the template to <c>template.json</c>, for
/// <c>curl -H 'Content-Type: application/x-ndjson' --data-binary @FILE URL/_bulk</c>. Each file is written under a
/// temporary name and renamed when complete, so a killed run leaves whole files only; a run starts by removing the
/// bulk files of an earlier one, so the folder never mixes two.
/// </summary>
public sealed class BulkFileTarget(string folder) : IBulkTarget
{
    public const string TemplateFile = "template.json";
    private const string FilePattern = "bulk-*.ndjson*";
    private int _written;

    public string Destination => folder;

    public ICopyCandidates? StoredCopies => null;

    public static string FileName(int number) => $"bulk-{number:D6}.ndjson";

    public Task PrepareAsync(JsonObject template, CancellationToken cancel)
    {
        Directory.CreateDirectory(folder);
        foreach (var old in Directory.EnumerateFiles(folder, FilePattern))
            File.Delete(old);
        var indented = template.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }) + "\n";
        WriteAtomically(TemplateFile, System.Text.Encoding.UTF8.GetBytes(indented));
        return Task.CompletedTask;
    }

    public Task<BulkSendResult> SendAsync(BulkRequest request, CancellationToken cancel)
    {
        WriteAtomically(FileName(++_written), request.Body);
        return Task.FromResult(new BulkSendResult([.. request.Items.Select(i => new BulkItemOutcome(i, BulkItemResult.Sent))]));
    }

    private void WriteAtomically(string name, byte[] bytes)
    {
        var path = Path.Combine(folder, name);
        var temp = path + ".tmp";
        File.WriteAllBytes(temp, bytes);
        File.Move(temp, path, overwrite: true);
    }
}
