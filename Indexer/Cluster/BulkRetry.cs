namespace SearchEngine.Indexing.Cluster;

/// <summary>
/// When and how long to wait before trying a request again. Answers of 429 (a queue full, indexing pressure) and 5xx (a
/// node restarting, a shard relocating) and no answer at all pass; so they are retried, after an exponential back-off
/// with jitter, or after as long as the answer's <c>Retry-After</c> asks when that is longer (up to the longest back-off:
/// a cluster asking for an hour is tried again and, still overloaded, counted as failed). 401 and 403 do not pass by
/// waiting: they stop at once.
/// </summary>
/// <param name="cluster">The cluster's address, for messages.</param>
/// <param name="delay">How to wait; tests pass one that records the wait and returns at once.</param>
/// <param name="random">Draws the jitter.</param>
public sealed class BulkRetry(BulkOptions options, string cluster, Func<TimeSpan, CancellationToken, Task>? delay = null, Random? random = null)
{
    private readonly Func<TimeSpan, CancellationToken, Task> _delay = delay ?? Task.Delay;
    private readonly Random _random = random ?? Random.Shared;

    public int MaxAttempts => options.MaxAttempts;

    public static bool IsRetryable(int status) => status == 429 || status >= 500;

    public static bool IsRefusal(int status) => status is 401 or 403;

    /// <summary>
    /// The wait after failed attempt <paramref name="attempt"/> (from 1): half of the doubled delay fixed, half drawn at
    /// random, so that clients pushed back together do not all come back together, and none comes back at once.
    /// </summary>
    public TimeSpan Backoff(int attempt)
    {
        var doubled = options.FirstDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempt - 1, 30));
        var capped = Math.Min(doubled, options.MaxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(capped / 2 + _random.NextDouble() * capped / 2);
    }

    /// <summary>The wait after failed attempt <paramref name="attempt"/>, whose answer (null when none came) may have asked for a longer one.</summary>
    public TimeSpan Wait(int attempt, ClusterResponse? answer)
    {
        var backoff = Backoff(attempt);
        return answer?.RetryAfter is { } asked && asked > backoff ? (asked < options.MaxDelay ? asked : options.MaxDelay) : backoff;
    }

    public Task WaitAsync(int attempt, ClusterResponse? answer, CancellationToken cancel) => _delay(Wait(attempt, answer), cancel);

    /// <summary>The message of a 401 or 403: which cluster, what it said, and where credentials come from.</summary>
    public string Refused(ClusterResponse response) =>
        $"the cluster at {cluster} refused the credentials ({ClusterError.Describe(response)}); they are read from "
        + $"{ClusterConnection.ApiKeyVariable}, {ClusterConnection.UserVariable}/{ClusterConnection.PasswordVariable} or {ClusterConnection.CredentialsFileVariable}";

    /// <summary>
    /// Sends a request that succeeds or fails as a whole (the template, a lookup), again after a back-off while the answer
    /// is 429 or 5xx or none came; returns the first other answer.
    /// </summary>
    /// <param name="what">What the request is for, to begin the message when it gives up.</param>
    /// <param name="retryUnreachable">False for the first request of a run: an address no one answers at is a mistake to report at once.</param>
    /// <exception cref="BulkStoppedException">The credentials were refused, or no other answer came in <see cref="MaxAttempts"/>.</exception>
    /// <exception cref="ClusterUnreachableException">No answer came and <paramref name="retryUnreachable"/> is false.</exception>
    public async Task<ClusterResponse> SendAsync(IClusterTransport transport, HttpMethod method, string path, string? body, string what,
        CancellationToken cancel, bool retryUnreachable = true)
    {
        for (var attempt = 1; ; attempt++)
        {
            string problem;
            ClusterResponse? response = null;
            try
            {
                response = await transport.SendAsync(method, path, body, "application/json", cancel).ConfigureAwait(false);
                if (IsRefusal(response.Status)) throw new BulkStoppedException(Refused(response));
                if (!IsRetryable(response.Status)) return response;
                problem = ClusterError.Describe(response);
            }
            catch (ClusterUnreachableException e) when (retryUnreachable)
            {
                problem = e.Message;
            }
            if (attempt >= MaxAttempts)
                throw new BulkStoppedException($"{what}: no usable answer from the cluster at {cluster} after {Counted(attempt)}; the last: {problem}");
            await WaitAsync(attempt, response, cancel).ConfigureAwait(false);
        }
    }

    internal static string Counted(int attempts) => attempts == 1 ? "1 attempt" : $"{attempts} attempts";
}

/// <summary>The cluster cannot take documents now (refused credentials, gone, overloaded past the attempts); the message says which.</summary>
public sealed class BulkStoppedException(string message) : Exception(message);
