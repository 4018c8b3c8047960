using SearchEngine.Indexing.Cluster;

namespace SearchEngine.Tests.Cluster;

public sealed class BulkSenderTests : IDisposable
{
    private readonly IngestRun _run = new IngestRun().WriteThree();

    public void Dispose() => _run.Dispose();

    [Fact]
    public void A_document_answered_429_is_sent_again_alone_and_then_indexed()
    {
        _run.Cluster.Then(BulkRequest.Path, 200, ClusterResponses.Read("bulk-item-429"));

        var report = _run.Push();

        Assert.Equal(["wire/b"], _run.Cluster.Bulks.Last().BulkIds);
        Assert.Equal(2, _run.Cluster.Bulks.Count());
        Assert.Equal(3, report.Sent);
        Assert.Empty(report.Failed);
        Assert.True(report.Complete);
    }

    [Fact]
    public void A_document_rejected_with_a_mapping_error_is_reported_with_its_reason_and_not_sent_again()
    {
        _run.Cluster.Then(BulkRequest.Path, 200, ClusterResponses.Read("bulk-item-400-mapping"));

        var report = _run.Push();

        Assert.Single(_run.Cluster.Bulks);
        var rejected = Assert.Single(report.Rejected);
        Assert.Equal("wire/b", rejected.Id);
        Assert.Equal("wire.jsonl:2", rejected.SourcePath);
        Assert.Equal("document_parsing_exception", rejected.ErrorType);
        Assert.StartsWith("[1:1041] failed to parse field [date_sort] of type [long]", rejected.Reason);
        Assert.Equal(2, report.Sent);
        Assert.False(report.Complete);
    }

    [Fact]
    public void A_whole_answer_of_503_is_sent_again_after_waits_that_double()
    {
        var unavailable = ClusterResponses.Read("error-503-unavailable-shards");
        _run.Cluster.Then(BulkRequest.Path, 503, unavailable).Then(BulkRequest.Path, 503, unavailable);

        var report = _run.Push();

        Assert.Equal(3, _run.Cluster.Bulks.Count());
        Assert.Equal(3, report.Sent);
        // Half of each doubled delay is fixed, half jitter: 1 s then 2 s at most.
        Assert.Equal(2, _run.Waits.Count);
        Assert.InRange(_run.Waits[0], TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(1));
        Assert.InRange(_run.Waits[1], TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2));
    }

    [Fact]
    public void A_429_asking_for_a_longer_wait_than_the_back_off_is_sent_again_after_the_wait_it_asked_for()
    {
        _run.Cluster.Then(BulkRequest.Path, _ => new ClusterResponse(429, ClusterResponses.Read("search-rejected-429")) { RetryAfter = TimeSpan.FromSeconds(7) });

        var report = _run.Push();

        Assert.Equal(TimeSpan.FromSeconds(7), Assert.Single(_run.Waits));
        Assert.Equal(3, report.Sent);
    }

    [Fact]
    public void A_wait_asked_for_beyond_the_longest_back_off_is_cut_to_it()
    {
        _run.Cluster.Then(BulkRequest.Path, _ => new ClusterResponse(503, ClusterResponses.Read("error-503-unavailable-shards")) { RetryAfter = TimeSpan.FromHours(1) });

        _run.Push();

        Assert.Equal(BulkOptions.Default.MaxDelay, Assert.Single(_run.Waits));
    }

    [Fact]
    public void A_wait_asked_for_shorter_than_the_back_off_does_not_shorten_it()
    {
        _run.Cluster.Then(BulkRequest.Path, _ => new ClusterResponse(503, ClusterResponses.Read("error-503-unavailable-shards")) { RetryAfter = TimeSpan.Zero });

        _run.Push();

        Assert.InRange(Assert.Single(_run.Waits), TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(1));
    }

    [Fact]
    public void A_cluster_that_stops_answering_while_sending_is_tried_again()
    {
        _run.Cluster.Unreachable(BulkRequest.Path);

        var report = _run.Push();

        Assert.Equal(2, _run.Cluster.Bulks.Count());
        Assert.Equal(3, report.Sent);
        Assert.Single(_run.Waits);
    }

    [Fact]
    public void After_the_last_attempt_the_documents_count_as_failed_and_the_run_sends_no_more()
    {
        _run.Options = new BulkOptions { MaxAttempts = 3, MaxDocuments = 2 };
        var unavailable = ClusterResponses.Read("error-503-unavailable-shards");
        for (var i = 0; i < 3; i++) _run.Cluster.Then(BulkRequest.Path, 503, unavailable);

        var report = _run.Push();

        Assert.Equal(3, _run.Cluster.Bulks.Count());
        Assert.All(_run.Cluster.Bulks, r => Assert.Equal(["wire/a", "wire/b"], r.BulkIds));
        Assert.Equal(0, report.Sent);
        Assert.Equal(["wire/a", "wire/b", "wire/c"], report.Failed.Select(f => f.Id));
        Assert.Contains("after 3 attempts; the last: 503 unavailable_shards_exception", report.Failed[0].Reason);
        Assert.StartsWith("not sent:", report.Failed[2].Reason);
        Assert.NotNull(report.Stopped);
        Assert.False(report.Complete);
    }

    [Fact]
    public void Documents_still_answered_429_after_the_last_attempt_count_as_failed_with_the_engine_s_reason()
    {
        _run.Options = new BulkOptions { MaxAttempts = 2 };
        _run.Cluster.Then(BulkRequest.Path, 200, ClusterResponses.Read("bulk-item-429"))
            .Then(BulkRequest.Path, r => BulkTransportStandIn.BulkAnswer(r, new Dictionary<string, (int, string, string)>
            {
                ["wire/b"] = (429, "es_rejected_execution_exception", "rejected execution of primary operation"),
            }));

        var report = _run.Push();

        var failed = Assert.Single(report.Failed);
        Assert.Equal("wire/b", failed.Id);
        Assert.Contains("429 es_rejected_execution_exception: rejected execution of primary operation", failed.Reason);
        Assert.Null(report.Stopped);
        Assert.Equal(2, report.Sent);
    }

    [Fact]
    public void Credentials_refused_while_sending_stop_the_run_and_say_where_credentials_come_from()
    {
        _run.Cluster.Then(BulkRequest.Path, 401, ClusterResponses.Read("error-401-security"));

        var report = _run.Push();

        Assert.Single(_run.Cluster.Bulks);
        Assert.Equal(3, report.Failed.Count);
        Assert.Contains("refused the credentials (401 security_exception", report.Stopped);
        Assert.Contains(ClusterConnection.CredentialsFileVariable, report.Stopped);
    }
}
