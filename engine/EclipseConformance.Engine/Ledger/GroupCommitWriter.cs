using System.Data.Common;
using System.Threading.Channels;
using EclipseConformance.Engine.Storage;
using Microsoft.Extensions.Options;

namespace EclipseConformance.Engine.Ledger;

/// <summary>
/// The transfer hot path (ADR 0008): requests queue in a bounded channel; each writer loop drains up to
/// <see cref="LedgerOptions.MaxBatchSize"/> of them, decides them in order against the locked wallet rows and commits
/// them in ONE transaction (one fsync), then answers each caller. A hot wallet paying thousands of customers costs
/// one row lock and one commit per batch, not per transfer. A batch that fails for an infrastructure reason rolls back
/// as a whole and every caller in it is told nothing happened.
/// </summary>
public sealed partial class GroupCommitWriter(
    Database database, PostingEngine engine, IOptions<LedgerOptions> options, ILogger<GroupCommitWriter> logger) : BackgroundService
{
    private readonly Channel<Pending> _queue = Channel.CreateBounded<Pending>(new BoundedChannelOptions(options.Value.QueueCapacity)
    {
        FullMode = BoundedChannelFullMode.Wait,
        SingleReader = false,
        SingleWriter = false,
    });

    /// <summary>Queues a posting and waits for its commit. Throws <see cref="LedgerUnavailableException"/> when nothing was applied for an infrastructure reason.</summary>
    public async ValueTask<PostingResult> SubmitAsync(PostingRequest request, CancellationToken cancellationToken)
    {
        var pending = new Pending(request);
        using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            timeout.CancelAfter(options.Value.EnqueueTimeout);
            try
            {
                await _queue.Writer.WriteAsync(pending, timeout.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new LedgerUnavailableException("The ledger queue is full; nothing was applied");
            }
            catch (ChannelClosedException)
            {
                throw new LedgerUnavailableException("The ledger is shutting down; nothing was applied");
            }
        }

        // Once queued, the transfer is decided whether or not the caller is still waiting (as on any real system).
        return await pending.Completion.Task;
    }

    private long _batches;
    private long _postings;
    private long _largestBatch;

    /// <summary>How the group commit is doing: batches committed, postings in them, the largest batch, the queue now.</summary>
    public LedgerWriterStats Stats => new(
        Interlocked.Read(ref _batches), Interlocked.Read(ref _postings), Interlocked.Read(ref _largestBatch), _queue.Reader.Count);

    public override Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        return base.StopAsync(cancellationToken);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var writers = options.Value.Writers > 0 ? options.Value.Writers : database.Provider == StoreProvider.Postgres ? 2 : 1;
        return Task.WhenAll(Enumerable.Range(0, writers).Select(_ => Task.Run(WriteLoopAsync, CancellationToken.None)));
    }

    private async Task WriteLoopAsync()
    {
        var batch = new List<Pending>(options.Value.MaxBatchSize);
        var requests = new List<PostingRequest>(options.Value.MaxBatchSize);
        DbConnection? connection = null;
        try
        {
            while (await _queue.Reader.WaitToReadAsync())
            {
                batch.Clear();
                requests.Clear();
                while (batch.Count < options.Value.MaxBatchSize && _queue.Reader.TryRead(out var pending))
                {
                    batch.Add(pending);
                    requests.Add(pending.Request);
                }

                if (batch.Count == 0)
                {
                    continue;
                }

                connection ??= await database.OpenWriterAsync();
                try
                {
                    var results = await CommitWithRetryAsync(connection, requests);
                    Interlocked.Increment(ref _batches);
                    Interlocked.Add(ref _postings, batch.Count);
                    if (batch.Count > Interlocked.Read(ref _largestBatch))
                    {
                        Interlocked.Exchange(ref _largestBatch, batch.Count);
                    }

                    for (var i = 0; i < batch.Count; i++)
                    {
                        batch[i].Completion.TrySetResult(results[i]);
                    }
                }
                catch (Exception ex) when (ex is DbException or InvalidOperationException or IOException or TimeoutException)
                {
                    LogBatchFailed(logger, ex, batch.Count);
                    foreach (var pending in batch)
                    {
                        pending.Completion.TrySetException(new LedgerUnavailableException("The ledger could not commit; nothing was applied"));
                    }

                    await connection.DisposeAsync();
                    connection = null;
                }
            }
        }
        finally
        {
            if (connection is not null)
            {
                await connection.DisposeAsync();
            }
        }
    }

    private async Task<PostingResult[]> CommitWithRetryAsync(DbConnection connection, List<PostingRequest> requests)
    {
        for (var attempt = 0; ; attempt++)
        {
            await using var transaction = await Database.BeginWriteAsync(connection);
            try
            {
                var results = await engine.ApplyAsync(connection, transaction, requests, CancellationToken.None);
                await transaction.CommitAsync();
                return results;
            }
            catch (DbException ex) when (attempt < 3 && (StoreErrors.IsUniqueViolation(ex) || StoreErrors.IsTransient(ex)))
            {
                // Another instance raced us on an idempotency key or a lock: decide the whole batch again.
                await transaction.RollbackAsync();
            }
        }
    }

    private sealed class Pending(PostingRequest request)
    {
        public PostingRequest Request { get; } = request;

        public TaskCompletionSource<PostingResult> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A ledger batch of {Count} postings failed and was rolled back")]
    private static partial void LogBatchFailed(ILogger logger, Exception exception, int count);
}
