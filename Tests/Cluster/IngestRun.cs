using System.Text.Json.Nodes;
using SearchEngine.Indexing.Cluster;
using SearchEngine.Indexing.Extraction;
using SearchEngine.Indexing.Writing;
using SearchEngine.Tests.Support;

namespace SearchEngine.Tests.Cluster;

/// <summary>
/// A push of articles written to a JSON Lines file (<c>wire.jsonl</c>, ids <c>wire/…</c>, one day apart so they go in
/// the order written) to the stand-in cluster or to bulk files, with the waits between attempts recorded, not slept.
/// </summary>
internal sealed class IngestRun : IDisposable
{
    private readonly TempFolder _dir = new();

    public BulkTransportStandIn Cluster { get; } = new();

    public List<TimeSpan> Waits { get; } = [];

    public BulkOptions Options { get; set; } = BulkOptions.Default;

    public string Source => _dir.Combine("src");

    public string Folder(string name) => _dir.Combine(name);

    /// <summary>Three different wire stories, <c>wire/a</c> to <c>wire/c</c>.</summary>
    public IngestRun WriteThree() => Write(
        ("a", "Harbour workers in Rotterdam began a two-day strike over pay on Monday, halting container traffic at Europe's largest port."),
        ("b", "The central bank left its main interest rate unchanged at four percent, citing stubborn inflation in services and wages."),
        ("c", "Heavy rain flooded villages along the river valley overnight, and rescue teams evacuated hundreds of residents by boat."));

    /// <summary>Writes <c>wire.jsonl</c> anew: the articles dated from 1 October 2024, a day apart.</summary>
    public IngestRun Write(params (string Id, string Body)[] articles)
    {
        var lines = articles.Select((a, i) => Record(a.Id, new DateTime(2024, 10, 1).AddDays(i).ToString("yyyy-MM-dd"), a.Body));
        _dir.Write("src/wire.jsonl", string.Join('\n', lines) + "\n");
        return this;
    }

    /// <summary>Writes another file of one article beside <c>wire.jsonl</c>.</summary>
    public IngestRun Add(string file, string id, string date, string body)
    {
        _dir.Write("src/" + file, Record(id, date, body) + "\n");
        return this;
    }

    private static string Record(string id, string date, string body) =>
        new JsonObject { ["id"] = id, ["title"] = $"Story {id}", ["body"] = body, ["date"] = date }.ToJsonString();

    public BulkReport Push() => Run(new BulkClusterTarget(Cluster, "http://stand-in:9200", ClusterConnection.DefaultIndexName, Options,
        (wait, _) =>
        {
            Waits.Add(wait);
            return Task.CompletedTask;
        }));

    public BulkReport PushFiles(string folder) => Run(new BulkFileTarget(folder));

    private BulkReport Run(IBulkTarget target) =>
        new BulkIngest(ArticlePipeline.Default, new BuildOptions { Threads = 2 }, Options, ClusterConnection.DefaultIndexName)
            .RunAsync([Source], target, IBuildProgress.None, IBuildProgress.None).GetAwaiter().GetResult();

    public void Dispose() => _dir.Dispose();
}
