using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace OutsourcingAdvisor.Web.Data;

/// <summary>
/// The hot read of one stored assessment by its id, for the API, the report page and the downloads. It runs one
/// plain command (see <see cref="ConnectionFor"/> for the connection), not EF Core's query pipeline: profiling
/// GET /api/assessments/{id} showed the pipeline (expression funcletizing, the query cache, the shaper) and, on
/// SQLite, the functions EF registers on every connection open as most of the request. The SQL is built once per
/// model from EF's own mapping (table and column names), so the mapping still has one home; on a provider whose
/// names differ the SQL follows.
/// </summary>
public static class AssessmentLookup
{
    // The SELECTs, one pair per model (SQLite and PostgreSQL each have their own); a race only builds the same SQL twice.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IModel, Sql> Queries = new();

    /// <summary>Every mapped column, in the order the reads and the writer's INSERT use.</summary>
    public static readonly string[] Columns =
    [
        nameof(AssessmentRecord.Id), nameof(AssessmentRecord.CreatedAtUtc), nameof(AssessmentRecord.CatalogueVersion),
        nameof(AssessmentRecord.TaskType), nameof(AssessmentRecord.Model), nameof(AssessmentRecord.Location),
        nameof(AssessmentRecord.ClientName), nameof(AssessmentRecord.OwnerId), nameof(AssessmentRecord.ClientId),
        nameof(AssessmentRecord.PreparedBy), nameof(AssessmentRecord.Firm), nameof(AssessmentRecord.ResultJson),
    ];

    private static Sql SqlOf(AdvisorDbContext db) =>
        Queries.TryGetValue(db.Model, out var sql) ? sql : Queries.GetValue(db.Model, model => Build(db, model));

    /// <summary>The whole row, and the same read narrowed to what the API answers with: the owner and the stored JSON.</summary>
    private sealed record Sql(string Row, string OwnerAndJson);

    private static Sql Build(AdvisorDbContext db, IModel model)
    {
        var entity = model.FindEntityType(typeof(AssessmentRecord))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        MappedColumns(entity);
        string Column(string property) => sql.DelimitIdentifier(entity.FindProperty(property)!.GetColumnName(table)!);
        var from = $"FROM {sql.DelimitIdentifier(table.Name, table.Schema)} WHERE {Column(nameof(AssessmentRecord.Id))} = {sql.GenerateParameterName("id")}";
        return new Sql(
            $"SELECT {string.Join(", ", Columns.Select(Column))} {from}",
            $"SELECT {Column(nameof(AssessmentRecord.OwnerId))}, {Column(nameof(AssessmentRecord.ResultJson))} {from}");
    }

    /// <summary>
    /// The record's properties in <see cref="Columns"/> order, after checking that they are every property the model
    /// maps: a new column on the record must be added to the reads and the writer's INSERT too (a test checks).
    /// </summary>
    public static IProperty[] MappedColumns(IEntityType entity)
    {
        var mapped = entity.GetProperties().Select(p => p.Name).Order(StringComparer.Ordinal);
        if (!mapped.SequenceEqual(Columns.Order(StringComparer.Ordinal)))
            throw new InvalidOperationException($"The direct reads and writes use {string.Join(", ", Columns)} but the model maps {string.Join(", ", mapped)}.");
        return [.. Columns.Select(name => entity.FindProperty(name)!)];
    }

    /// <summary>The stored assessment with this id, read without tracking; null when there is none.</summary>
    public static async Task<AssessmentRecord?> FindAsync(AdvisorDbContext db, string id, CancellationToken ct)
    {
        var (found, record) = await ReadOneAsync(db, SqlOf(db).Row, id, reader => new AssessmentRecord
        {
            Id = reader.GetString(0),
            // The same rule as UtcMicrosecondDateTimeConverter on the way out: stored times are UTC.
            CreatedAtUtc = DateTime.SpecifyKind(reader.GetDateTime(1), DateTimeKind.Utc),
            CatalogueVersion = reader.GetString(2),
            TaskType = reader.GetString(3),
            Model = reader.GetString(4),
            Location = reader.GetString(5),
            ClientName = NullableString(reader, 6),
            OwnerId = NullableString(reader, 7),
            ClientId = reader.IsDBNull(8) ? null : reader.GetInt32(8),
            PreparedBy = NullableString(reader, 9),
            Firm = NullableString(reader, 10),
            ResultJson = reader.GetString(11),
        }, ct);
        return found ? record : null;
    }

    /// <summary>
    /// The owner and the stored result of an assessment, the result as the UTF-8 bytes the API sends, straight from
    /// the stored text without making a string of it and encoding it back: SQLite keeps text as UTF-8, and Npgsql
    /// reads text as the bytes PostgreSQL sends in the connection's encoding, which Npgsql sets to UTF-8. Null when
    /// there is none.
    /// </summary>
    public static async Task<(string? OwnerId, byte[] Utf8Json)?> FindJsonAsync(AdvisorDbContext db, string id, CancellationToken ct)
    {
        var (found, row) = await ReadOneAsync(db, SqlOf(db).OwnerAndJson, id, reader => (
            NullableString(reader, 0),
            reader.GetFieldValue<byte[]>(1)), ct);
        return found ? row : null;
    }

    /// <summary>Runs one of the queries above for an id and reads its row, if there is one.</summary>
    private static async Task<(bool Found, T Row)> ReadOneAsync<T>(AdvisorDbContext db, string query, string id, Func<DbDataReader, T> read, CancellationToken ct)
    {
        var (connection, own) = ConnectionFor(db);
        // Opened here, not through EF, when EF has not opened it (a request's context is idle between queries).
        var opened = connection.State != ConnectionState.Open;
        if (opened) await connection.OpenAsync(ct);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = query;
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            var parameter = command.CreateParameter();
            parameter.ParameterName = "id";
            parameter.Value = id;
            command.Parameters.Add(parameter);
            await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SingleRow, ct);
            return await reader.ReadAsync(ct) ? (true, read(reader)) : (false, default!);
        }
        finally
        {
            if (opened) await connection.CloseAsync();
            if (own) await connection.DisposeAsync();
        }
    }

    /// <summary>
    /// On SQLite a connection object of its own (the native handle still comes from Microsoft.Data.Sqlite's pool):
    /// the context's connection carries the functions EF Core registered on it, and Microsoft.Data.Sqlite registers
    /// them again on every open and removes them on every close, which cost more than the query. Inside a
    /// transaction, and on PostgreSQL, the context's own connection.
    /// </summary>
    private static (DbConnection Connection, bool Own) ConnectionFor(AdvisorDbContext db)
    {
        var connection = db.Database.GetDbConnection();
        if (connection is SqliteConnection sqlite && db.Database.CurrentTransaction is null && sqlite.State != ConnectionState.Open)
            return (new SqliteConnection(sqlite.ConnectionString), true);
        return (connection, false);
    }

    private static string? NullableString(DbDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
}
