using System.Threading.Channels;

namespace OutsourcingAdvisor.Web.Data;

/// <summary>
/// Group commit for new assessments. Each SQLite commit waits for its own fsync (synchronous=FULL, kept); with
/// many submissions at once, one writer takes every assessment waiting at that moment and commits them in one
/// transaction, so they share one fsync. A caller's task completes only after the transaction holding its row
/// has committed: nothing is acknowledged before it is durable. A batch that fails is retried row by row, so one
/// bad row (a client deleted meanwhile) fails only its own request.
/// </summary>
public sealed class AssessmentWriter : IAsyncDisposable
{
    private const int MaxBatch = 64;
    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly IServiceScopeFactory _scopes;
    private readonly ILogger<AssessmentWriter> _logger;
    private readonly Task _loop;

    public AssessmentWriter(IServiceScopeFactory scopes, ILogger<AssessmentWriter> logger)
    {
        _scopes = scopes;
        _logger = logger;
        _loop = Task.Run(RunAsync);
    }

    private sealed record Pending(AssessmentRecord Record, TaskCompletionSource Done);

    /// <summary>Completes once the record is committed; throws what the commit threw.</summary>
    public Task WriteAsync(AssessmentRecord record, CancellationToken ct = default)
    {
        // The write goes ahead even if the caller gives up: a request cut off after this point may still be stored,
        // like any commit whose answer was lost on the way back.
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_queue.Writer.TryWrite(new Pending(record, done)))
            throw new InvalidOperationException("The app is shutting down.");
        return done.Task.WaitAsync(ct);
    }

    private async Task RunAsync()
    {
        var batch = new List<Pending>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var next)) batch.Add(next);
            try
            {
                await CommitAsync(batch);
                foreach (var p in batch) p.Done.TrySetResult();
            }
            catch (Exception) when (batch.Count > 1)
            {
                foreach (var p in batch)
                {
                    try
                    {
                        await CommitAsync([p]);
                        p.Done.TrySetResult();
                    }
                    catch (Exception ex)
                    {
                        p.Done.TrySetException(ex);
                    }
                }
            }
            catch (Exception ex)
            {
                _logger.LogDebug(ex, "An assessment could not be stored");
                batch[0].Done.TrySetException(ex);
            }
        }
    }

    private async Task CommitAsync(IReadOnlyList<Pending> batch)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AdvisorDbContext>();
        db.Assessments.AddRange(batch.Select(p => p.Record));
        await db.SaveChangesAsync();
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop;
    }
}
