using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using SearchEngine.Indexing.Writing;

namespace SearchEngine.Benchmarks;

/// <summary>
/// <c>faults [--rounds 50] [--kind rebuild|update] [--articles 300] [--readers 2] [--seed 21]</c>: kills the indexer
/// with SIGKILL during <c>rebuild</c> and <c>update</c>, half the rounds at a random moment and half at a step of the
/// commit (<see cref="PausePoint"/>), while readers run <c>query search</c> and <c>query similar</c>. After each kill
/// the live index must answer with its last good content (the new content only once the kill came after the commit),
/// and the next run must succeed and leave nothing behind. Prints rounds, failures by kind, reader failures and
/// leftover bytes per kind of run.
/// </summary>
public static class FaultInjection
{
    private static readonly Dictionary<string, string[]> CommitSteps = new()
    {
        ["rebuild"] = [PausePoint.BeforeCommit, PausePoint.BeforePublish, PausePoint.AfterPublish],
        ["update"] = [PausePoint.BeforeCommit, PausePoint.AfterCommit],
    };

    /// <summary>Steps at which the run's new content is already what readers must see.</summary>
    private static readonly HashSet<string> StepsAfterTheCommit = [PausePoint.AfterPublish, PausePoint.AfterCommit];

    public static int Run(string[] args)
    {
        var options = new BenchmarkArgs(args);
        var rounds = options.GetInt("--rounds", 50);
        var articles = options.GetInt("--articles", 300);
        var readers = options.GetInt("--readers", 2);
        var seed = options.GetInt("--seed", 21);
        var kinds = options.Get("--kind") is { } kind ? [kind] : CommitSteps.Keys.ToArray();
        var root = Path.Combine(Path.GetTempPath(), $"searchengine-faults-{Guid.NewGuid():N}");
        try
        {
            var corpora = FaultCorpus.Write(root, articles, seed);
            Console.WriteLine($"faults: {rounds} rounds of each of {string.Join(", ", kinds)}; {articles} articles; {readers} readers; seed {seed}");
            var allPassed = true;
            foreach (var k in kinds)
            {
                var tally = new FaultRounds(k, Path.Combine(root, $"index-{k}"), corpora, readers, new Random(seed)).Run(rounds);
                tally.Print(Console.Out);
                allPassed &= tally.IsEmpty && tally.ReaderFailures == 0 && tally.LeftoverBytes == 0;
            }
            return allPassed ? 0 : 1;
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>The rounds of one kind of run against one index, and what they found.</summary>
    private sealed class FaultRounds(string kind, string index, FaultCorpus corpora, int readerCount, Random random)
    {
        private readonly FaultTally _tally = new(kind);
        private TimeSpan _typicalRun;

        /// <summary>
        /// The folder to give the indexer for <paramref name="version"/>: its own for a rebuild; for an update, one working
        /// folder made to hold that version, as a collection changes in place (an update reads with the ids of the folder
        /// the index was built from, and refuses another).
        /// </summary>
        private string SourceOf(FaultCorpus.Content version)
        {
            if (kind == "rebuild") return version.Folder;
            var work = Path.Combine(Path.GetDirectoryName(version.Folder)!, "work");
            Directory.CreateDirectory(work);
            var wanted = Directory.GetFiles(version.Folder).ToDictionary(f => Path.GetFileName(f), f => f);
            foreach (var file in Directory.GetFiles(work).Where(f => !wanted.ContainsKey(Path.GetFileName(f)))) File.Delete(file);
            foreach (var (name, file) in wanted) File.Copy(file, Path.Combine(work, name), overwrite: true);
            return work;
        }

        public FaultTally Run(int rounds)
        {
            var clock = Stopwatch.StartNew();
            var live = corpora.First;
            Require(Tools.Indexer("rebuild", "--source", SourceOf(live), "--index", index), "first build", live);
            var timed = Stopwatch.StartNew();
            live = corpora.Other(live);
            Require(Tools.Indexer(kind, "--source", SourceOf(live), "--index", index), "timing run", live);
            _typicalRun = timed.Elapsed;
            for (var round = 0; round < rounds; round++)
                live = OneRound(round, live);
            _tally.Elapsed = clock.Elapsed;
            return _tally;
        }

        private FaultCorpus.Content OneRound(int round, FaultCorpus.Content live)
        {
            var target = corpora.Other(live);
            var steps = CommitSteps[kind];
            var step = round % 2 == 0 ? null : steps[round / 2 % steps.Length];
            using var readers = new ReaderLoop(index, readerCount, corpora.SharedId, [live.Count, target.Count]);
            var killedAfterCommit = Kill(step, target);
            var found = FaultCorpus.Content.Read(index, out var error);
            readers.Stop();
            _tally.ReaderRuns += readers.Runs;
            _tally.ReaderFailures += readers.Failures.Count;
            foreach (var failure in readers.Failures.Take(3)) _tally.Note($"round {round}: reader: {failure}");

            var expected = killedAfterCommit switch { true => [target], false => [live], null => new[] { live, target } };
            if (found is null) _tally.Fail("live index unreadable after the kill", $"round {round} ({step ?? "random"}): {error}");
            else if (!expected.Any(e => e.Fingerprint == found.Fingerprint))
                _tally.Fail("live index not its last good content", $"round {round} ({step ?? "random"}): {found.Count} articles");

            var timed = Stopwatch.StartNew();
            var next = Tools.Indexer(kind, "--source", SourceOf(target), "--index", index);
            // The latest whole run sets the range of the random kills: the first, on a cold machine, ran long.
            if (next.Code == 0) _typicalRun = timed.Elapsed;
            if (next.Code != 0) _tally.Fail("next run failed", $"round {round}: exit {next.Code}: {FirstLine(next.Error)}");
            var after = FaultCorpus.Content.Read(index, out error);
            if (after?.Fingerprint != target.Fingerprint) _tally.Fail("next run's index not its content", $"round {round}: {error}");
            var leftover = LeftoverBytes();
            _tally.LeftoverBytes += leftover;
            if (leftover > 0) _tally.Note($"round {round}: {leftover:N0} bytes left beside the live generation");
            _tally.Rounds++;
            return target;
        }

        /// <summary>Starts a run towards <paramref name="target"/> and kills it; whether the kill came after its commit, null when that is not known.</summary>
        private bool? Kill(string? step, FaultCorpus.Content target)
        {
            var start = Tools.Start(Tools.IndexerDll, [kind, "--source", SourceOf(target), "--index", index], step);
            using var process = start.Process;
            if (step is null)
            {
                var delay = TimeSpan.FromMilliseconds(random.NextDouble() * _typicalRun.TotalMilliseconds * 0.95);
                if (process.WaitForExit(delay))
                {
                    _tally.Count("random: finished before the kill");
                    return process.ExitCode == 0 ? true : null;
                }
                process.Kill();
                process.WaitForExit();
                _tally.Count("random: killed");
                return null;
            }
            if (!start.Paused.Wait(TimeSpan.FromMinutes(2)))
            {
                _tally.Fail("never reached its step", step);
                process.Kill();
                process.WaitForExit();
                return null;
            }
            process.Kill();
            process.WaitForExit();
            _tally.Count($"at {step}");
            return StepsAfterTheCommit.Contains(step);
        }

        /// <summary>Bytes in the index folder that are not the live generation, its pointer or the lock file.</summary>
        private long LeftoverBytes()
        {
            var live = new IndexStore(index).CurrentGeneration;
            return new DirectoryInfo(index).EnumerateFiles("*", SearchOption.AllDirectories)
                .Where(f => live is null || !f.FullName.StartsWith(live + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                .Where(f => f.Name is not ("CURRENT" or "indexer.lock"))
                .Sum(f => f.Length);
        }

        /// <summary>A run before the rounds: it must succeed, and the index must then hold what the corpus says.</summary>
        private void Require(Tools.Result run, string what, FaultCorpus.Content expected)
        {
            if (run.Code != 0) throw new InvalidOperationException($"{kind}: {what} failed: {run.Error}");
            if (FaultCorpus.Content.Read(index, out var error)?.Fingerprint != expected.Fingerprint)
                throw new InvalidOperationException($"{kind}: after the {what} the index does not hold its corpus {error}");
        }

        private static string FirstLine(string text) => text.Split('\n').FirstOrDefault(l => l.Length > 0) ?? "";
    }

    /// <summary>Readers that run searches and similar-article look-ups against the index until stopped; any that fails is counted.</summary>
    private sealed class ReaderLoop : IDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly Task[] _loops;
        private int _runs;

        public ReaderLoop(string index, int count, string sharedId, int[] totals)
        {
            _loops = Enumerable.Range(0, count).Select(i => Task.Run(() =>
            {
                for (var n = i; !_stop.IsCancellationRequested; n++)
                {
                    var search = n % 2 == 0;
                    var run = search
                        ? Tools.Query("search", "*:*", "--all", "--limit", "1", "--format", "json", "--index", index)
                        : Tools.Query("similar", sharedId, "--json", "--index", index);
                    Interlocked.Increment(ref _runs);
                    if (run.Code != 0) Failures.Enqueue($"{(search ? "search" : "similar")} exit {run.Code}: {run.Error.Trim()}");
                    else if (search && !totals.Contains(FaultCorpus.Content.TotalOf(run.Output)))
                        Failures.Enqueue($"search found {FaultCorpus.Content.TotalOf(run.Output)} articles, neither {totals[0]} nor {totals[1]}");
                }
            })).ToArray();
        }

        public ConcurrentQueue<string> Failures { get; } = new();

        public int Runs => _runs;

        public void Stop()
        {
            _stop.Cancel();
            Task.WaitAll(_loops);
        }

        public void Dispose()
        {
            if (!_stop.IsCancellationRequested) Stop();
            _stop.Dispose();
        }
    }

    private sealed class FaultTally(string kind)
    {
        private readonly SortedDictionary<string, int> _kills = new(StringComparer.Ordinal);
        private readonly List<string> _notes = [];

        public SortedDictionary<string, int> Failures { get; } = new(StringComparer.Ordinal);
        public bool IsEmpty => Failures.Count == 0;
        public int Rounds { get; set; }
        public int ReaderRuns { get; set; }
        public int ReaderFailures { get; set; }
        public long LeftoverBytes { get; set; }
        public TimeSpan Elapsed { get; set; }

        public void Count(string kill) => _kills[kill] = _kills.GetValueOrDefault(kill) + 1;

        public void Fail(string failure, string detail)
        {
            Failures[failure] = Failures.GetValueOrDefault(failure) + 1;
            Note($"{failure}: {detail}");
        }

        public void Note(string note)
        {
            if (_notes.Count < 20) _notes.Add(note);
        }

        public void Print(TextWriter output)
        {
            output.WriteLine($"{kind}: {Rounds} rounds in {Elapsed.TotalSeconds:0} s; kills: {string.Join(", ", _kills.Select(k => $"{k.Value} {k.Key}"))}");
            output.WriteLine($"  failures: {(Failures.Count == 0 ? "0" : string.Join(", ", Failures.Select(f => $"{f.Value} {f.Key}")))}");
            output.WriteLine($"  readers: {ReaderFailures} failed of {ReaderRuns} runs");
            output.WriteLine($"  leftover disk: {LeftoverBytes:N0} bytes after the runs that followed the kills");
            foreach (var note in _notes) output.WriteLine($"  {note}");
        }
    }
}
