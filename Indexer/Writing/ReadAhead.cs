using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using SearchEngine.Indexing.Sources;

namespace SearchEngine.Indexing.Writing;

/// <summary>
/// Reads the sources on a thread of its own, a bounded number of records ahead of the workers that take them. Read
/// inside the workers' partitioner, parsing held every worker up while one of them read; bounded, the queue costs no
/// more memory however far the reading gets ahead. Records go in batches, so the reader and the workers hand over,
/// and wake each other, once a batch rather than once a record.
/// </summary>
internal sealed class ReadAhead : IDisposable
{
    private readonly BlockingCollection<List<SourceRecord>> _queue;
    private readonly int _batchSize;
    private readonly CancellationTokenSource _stop;
    private readonly Task _reading;
    private ExceptionDispatchInfo? _failure;

    public ReadAhead(IEnumerable<SourceRecord> records, int batches, int batchSize, CancellationToken cancel)
    {
        _queue = new BlockingCollection<List<SourceRecord>>(batches);
        _batchSize = batchSize;
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        _reading = Task.Factory.StartNew(() => Fill(records), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>The records in the order read, each to one taker; it ends when reading has ended, however it ended.</summary>
    public IEnumerable<SourceRecord> Records => _queue.GetConsumingEnumerable().SelectMany(batch => batch);

    /// <summary>Waits for the reading thread and throws what stopped it, if anything other than cancellation did.</summary>
    public void Finish()
    {
        _reading.Wait();
        _failure?.Throw();
    }

    public void Dispose()
    {
        // A reader waiting for room that no worker will make: stop it before freeing the queue.
        _stop.Cancel();
        _reading.Wait();
        _stop.Dispose();
        _queue.Dispose();
    }

    private void Fill(IEnumerable<SourceRecord> records)
    {
        try
        {
            var batch = new List<SourceRecord>(_batchSize);
            foreach (var record in records)
            {
                batch.Add(record);
                if (batch.Count < _batchSize) continue;
                _queue.Add(batch, _stop.Token);
                batch = new List<SourceRecord>(_batchSize);
            }
            if (batch.Count > 0) _queue.Add(batch, _stop.Token);
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // Cancelled by the caller, who finds out from its own token, or disposed after the workers stopped.
        }
        catch (Exception e)
        {
            _failure = ExceptionDispatchInfo.Capture(e);
        }
        finally
        {
            _queue.CompleteAdding();
        }
    }
}
