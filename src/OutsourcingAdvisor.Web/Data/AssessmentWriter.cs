using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace OutsourcingAdvisor.Web.Data;

/// <summary>
/// Group commit for new assessments. Each SQLite commit waits for its own fsync (synchronous=FULL, kept); with
/// many submissions at once, one writer takes every assessment waiting at that moment and commits them in one
/// transaction, so they share one fsync. A caller's task completes only after the transaction holding its row
/// has committed: nothing is acknowledged before it is durable. A batch that fails is retried row by row, so one
/// bad row (a client deleted meanwhile) fails only its own request.
/// The rows go in through the writer's own INSERT on a connection it keeps (see
/// <see cref="AssessmentInsert"/>), not through SaveChanges: profiling POST /api/assessments showed EF Core's
/// change tracking and command building as a large part of the route.
/// The writer runs on a thread of its own and calls the database synchronously, so a commit waiting for its
/// fsync (or for PostgreSQL's answer) holds that thread, not one of the thread pool's few workers, which carry on
/// with other requests meanwhile. In alternating wrk runs of POSTs on two cores this gave about 7% more submissions
/// per second than the same loop on the thread pool, at the same CPU time per submission (README, "Load").
/// </summary>
public sealed class AssessmentWriter : IAsyncDisposable
{
    /// <summary>The name of the writer's thread (seen in a debugger, a profile or a thread dump).</summary>
    public const string ThreadName = "assessment-writer";

    private const int MaxBatch = 64;
    // The rows waiting to be written; the lock also guards _closed, and the writer waits on it when there are none.
    private readonly Queue<Pending> _pending = new();
    private bool _closed;
    private readonly IServiceScopeFactory _scopes;
    private readonly ILogger<AssessmentWriter> _logger;
    private readonly Thread _thread;
    private readonly TaskCompletionSource _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    // Used by the writer's thread only: the open connection, and the INSERT for its model.
    private DbConnection? _connection;
    private AssessmentInsert? _insert;

    public AssessmentWriter(IServiceScopeFactory scopes, ILogger<AssessmentWriter> logger)
    {
        _scopes = scopes;
        _logger = logger;
        _thread = new Thread(Run) { IsBackground = true, Name = ThreadName };
        _thread.Start();
    }

    private sealed record Pending(AssessmentRecord Record, TaskCompletionSource Done);

    /// <summary>Completes once the record is committed; throws what the commit threw.</summary>
    public Task WriteAsync(AssessmentRecord record, CancellationToken ct = default)
    {
        // The write goes ahead even if the caller gives up: a request cut off after this point may still be stored,
        // like any commit whose answer was lost on the way back.
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_pending)
        {
            if (_closed) throw new InvalidOperationException("The app is shutting down.");
            _pending.Enqueue(new Pending(record, done));
            // The writer waits only when nothing is queued, so only the first row after a wait needs to wake it.
            if (_pending.Count == 1) Monitor.Pulse(_pending);
        }
        return done.Task.WaitAsync(ct);
    }

    /// <summary>Waits for rows and takes every one queued (up to a batch); false once closed and drained.</summary>
    private bool Take(List<Pending> batch)
    {
        batch.Clear();
        lock (_pending)
        {
            while (_pending.Count == 0 && !_closed) Monitor.Wait(_pending);
            while (batch.Count < MaxBatch && _pending.TryDequeue(out var next)) batch.Add(next);
        }
        return batch.Count > 0;
    }

    private void Run()
    {
        try
        {
            var batch = new List<Pending>(MaxBatch);
            while (Take(batch)) CommitOrFail(batch);
            Close();
            _stopped.TrySetResult();
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "The assessment writer stopped");
            _stopped.TrySetException(ex);
        }
    }

    private void CommitOrFail(List<Pending> batch)
    {
        try
        {
            Commit(batch);
            foreach (var p in batch) p.Done.TrySetResult();
        }
        catch (Exception) when (batch.Count > 1)
        {
            foreach (var p in batch)
            {
                try
                {
                    Commit([p]);
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

    private void Commit(IReadOnlyList<Pending> batch)
    {
        try
        {
            var connection = Connection();
            // PostgreSQL: every row in one statement, one round trip. SQLite: a one-row statement run once per row
            // (SQLite looks parameters up by name one by one, so a many-row statement costs the square of its rows).
            var rows = connection is SqliteConnection ? 1 : batch.Count;
            // A command per batch, not kept: a kept statement would hold on to the last results it was given.
            using var command = connection.CreateCommand();
            command.CommandText = _insert!.Sql(rows);
            using var transaction = connection.BeginTransaction();
            command.Transaction = transaction;
            for (var first = 0; first < batch.Count; first += rows)
            {
                command.Parameters.Clear();
                for (var i = 0; i < rows; i++) _insert.AddValues(command, batch[first + i].Record, i);
                command.ExecuteNonQuery();
            }
            transaction.Commit();
        }
        catch (Exception) when (_connection is not null)
        {
            // A broken connection (a database restarted, say) is not kept: the next batch opens a new one.
            if (_connection.State != System.Data.ConnectionState.Open) Close();
            throw;
        }
    }

    /// <summary>The writer's own connection, opened from the app's connection string on first use and kept.</summary>
    private DbConnection Connection()
    {
        if (_connection is { State: System.Data.ConnectionState.Open }) return _connection;
        Close();
        using var scope = _scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AdvisorDbContext>();
        _insert = AssessmentInsert.For(db);
        var connection = DbProviderFactories.GetFactory(db.Database.GetDbConnection())!.CreateConnection()!;
        var connectionString = db.Database.GetConnectionString()!;
        // EF Core turns SQLite's foreign keys on for its own connections; so does this one.
        if (connection is SqliteConnection)
            connectionString = new SqliteConnectionStringBuilder(connectionString) { ForeignKeys = true }.ToString();
        connection.ConnectionString = connectionString;
        connection.Open();
        return _connection = connection;
    }

    private void Close()
    {
        _connection?.Dispose();
        _connection = null;
    }

    /// <summary>Takes no more rows, writes those already queued, and ends the writer's thread.</summary>
    public async ValueTask DisposeAsync()
    {
        lock (_pending)
        {
            _closed = true;
            Monitor.PulseAll(_pending);
        }
        await _stopped.Task;
        _thread.Join(); // it has finished its work: this only waits for it to return
    }

    /// <summary>Whether the writer's thread is still running (false once <see cref="DisposeAsync"/> has finished).</summary>
    public bool IsRunning => _thread.IsAlive;
}

/// <summary>
/// The INSERT of assessment rows, built once per model from EF Core's own mapping: the table, each column's name
/// and each column's type mapping, whose value converter and parameter set-up are the ones SaveChanges uses, so a
/// row is stored exactly as SaveChanges would store it (a test compares the two on both providers).
/// </summary>
public sealed class AssessmentInsert
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IModel, AssessmentInsert> ByModel = new();

    private readonly string _into;
    private readonly RelationalTypeMapping[] _mappings;
    private readonly bool[] _nullable;
    private readonly ISqlGenerationHelper _sql;

    private AssessmentInsert(AdvisorDbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(AssessmentRecord))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        _sql = db.GetService<ISqlGenerationHelper>();
        var properties = AssessmentLookup.MappedColumns(entity);
        _mappings = [.. properties.Select(p => p.GetRelationalTypeMapping())];
        _nullable = [.. properties.Select(p => p.IsNullable)];
        _into = $"INSERT INTO {_sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", properties.Select(p => _sql.DelimitIdentifier(p.GetColumnName(table)!)))}) VALUES ";
    }

    public static AssessmentInsert For(AdvisorDbContext db) =>
        ByModel.TryGetValue(db.Model, out var insert) ? insert : ByModel.GetValue(db.Model, _ => new AssessmentInsert(db));

    /// <summary>One statement inserting <paramref name="rows"/> rows.</summary>
    public string Sql(int rows)
    {
        var text = new System.Text.StringBuilder(_into);
        for (var row = 0; row < rows; row++)
        {
            text.Append(row == 0 ? "(" : ", (");
            for (var column = 0; column < _mappings.Length; column++)
                text.Append(column == 0 ? "" : ", ").Append(_sql.GenerateParameterNamePlaceholder(Name(row, column)));
            text.Append(')');
        }
        return text.ToString();
    }

    /// <summary>The values of one record as the parameters of row <paramref name="row"/>, in <see cref="AssessmentLookup.Columns"/> order.</summary>
    public void AddValues(DbCommand command, AssessmentRecord r, int row)
    {
        object?[] values = [r.Id, r.CreatedAtUtc, r.CatalogueVersion, r.TaskType, r.Model, r.Location, r.ClientName, r.OwnerId, r.ClientId, r.PreparedBy, r.Firm, r.ResultJson];
        for (var column = 0; column < values.Length; column++)
            command.Parameters.Add(_mappings[column].CreateParameter(command, Name(row, column), values[column], _nullable[column]));
    }

    private static string Name(int row, int column) => $"r{row}c{column}";
}
