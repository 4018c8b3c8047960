namespace SearchEngine.Indexing.Cluster;

/// <summary>What became of one document of a push.</summary>
public enum BulkItemResult
{
    /// <summary>Indexed by the cluster, or written to a bulk file.</summary>
    Sent,
    /// <summary>The cluster already holds it as it is: same content hash, same placement.</summary>
    Unchanged,
    /// <summary>The cluster refused the document itself (a 4xx other than 429): sending it again would not help.</summary>
    Rejected,
    /// <summary>Not indexed: the cluster pushed back past the attempts, or stopped answering.</summary>
    Failed,
}

/// <param name="ErrorType">The engine's <c>error.type</c>, such as <c>document_parsing_exception</c>, when it gave one.</param>
/// <param name="Reason">The engine's <c>error.reason</c>, or what went wrong.</param>
public sealed record BulkItemOutcome(BulkItem Item, BulkItemResult Result, string? ErrorType = null, string? Reason = null);

/// <param name="Stopped">Why the cluster cannot take more documents now, when it cannot; the run then sends no more.</param>
public sealed record BulkSendResult(IReadOnlyList<BulkItemOutcome> Outcomes, string? Stopped = null);

/// <summary>
/// Sends one bulk request until each of its documents is indexed, rejected or out of attempts. A whole answer of 429 or
/// 5xx, or none, sends the request again; an answer whose items say 429 or 5xx for some documents sends those alone.
/// </summary>
public sealed class BulkSender(IClusterTransport transport, BulkRetry retry)
{
    public async Task<BulkSendResult> SendAsync(BulkRequest request, CancellationToken cancel = default)
    {
        var outcomes = new List<BulkItemOutcome>(request.Items.Count);
        var pending = request;
        var itemProblems = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var attempt = 1; ; attempt++)
        {
            string? wholeProblem = null;
            ClusterResponse? response = null;
            try
            {
                response = await transport.SendAsync(HttpMethod.Post, BulkRequest.Path, pending.Text, BulkRequest.ContentType, cancel).ConfigureAwait(false);
            }
            catch (ClusterUnreachableException e)
            {
                wholeProblem = e.Message;
            }
            if (response is not null)
            {
                if (BulkRetry.IsRefusal(response.Status))
                    return Stop(outcomes, pending.Items, retry.Refused(response));
                if (BulkRetry.IsRetryable(response.Status))
                    wholeProblem = ClusterError.Describe(response);
                else if (!response.IsSuccess)
                {
                    // The request as a whole was refused (too large, malformed): no attempt would change that.
                    var error = ClusterError.Of(response.Body);
                    outcomes.AddRange(pending.Items.Select(i => new BulkItemOutcome(i, BulkItemResult.Rejected, error.Type, $"{response.Status} {error.Reason}")));
                    return new BulkSendResult(outcomes);
                }
                else if (BulkResponse.Items(response.Body) is not { } answers || answers.Count != pending.Items.Count)
                {
                    outcomes.AddRange(pending.Items.Select(i => new BulkItemOutcome(i, BulkItemResult.Failed,
                        Reason: $"the cluster's answer does not say what became of the {pending.Items.Count} documents sent: "
                                + ClusterError.Of(response.Body).Reason)));
                    return new BulkSendResult(outcomes);
                }
                else
                {
                    var again = new List<BulkItem>();
                    for (var i = 0; i < answers.Count; i++)
                    {
                        var (item, answer) = (pending.Items[i], answers[i]);
                        if (answer.IsSuccess)
                            outcomes.Add(new BulkItemOutcome(item, BulkItemResult.Sent));
                        else if (BulkRetry.IsRetryable(answer.Status))
                        {
                            again.Add(item);
                            itemProblems[item.Id] = $"{answer.Status} {answer.ErrorType}: {answer.ErrorReason}";
                        }
                        else
                            outcomes.Add(new BulkItemOutcome(item, BulkItemResult.Rejected, answer.ErrorType, answer.ErrorReason));
                    }
                    if (again.Count == 0) return new BulkSendResult(outcomes);
                    pending = pending.Subset(again);
                }
            }
            if (attempt >= retry.MaxAttempts)
            {
                var tried = BulkRetry.Counted(attempt);
                if (wholeProblem is not null)
                    return Stop(outcomes, pending.Items, $"no usable answer from the cluster after {tried}; the last: {wholeProblem}");
                outcomes.AddRange(pending.Items.Select(i =>
                    new BulkItemOutcome(i, BulkItemResult.Failed, Reason: $"not indexed after {tried}; the last answer: {itemProblems[i.Id]}")));
                return new BulkSendResult(outcomes);
            }
            await retry.WaitAsync(attempt, response, cancel).ConfigureAwait(false);
        }
    }

    private static BulkSendResult Stop(List<BulkItemOutcome> outcomes, IEnumerable<BulkItem> pending, string reason)
    {
        outcomes.AddRange(pending.Select(i => new BulkItemOutcome(i, BulkItemResult.Failed, Reason: reason)));
        return new BulkSendResult(outcomes, reason);
    }
}
