using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OutsourcingAdvisor.Web.Data;
using OutsourcingAdvisor.Web.Tests.Infrastructure;

namespace OutsourcingAdvisor.Web.Tests.Data;

/// <summary>Where SQLite and PostgreSQL differ on their own, the app asks for one behaviour; each test runs on both.</summary>
public sealed class ProviderTests : IDisposable
{
    private readonly AdvisorFactory _factory = new();

    private async Task<List<string>> SearchAsync(HttpClient client, string? query)
    {
        var page = await Html.GetAsync(client, query is null ? "/consultant" : $"/consultant?q={Uri.EscapeDataString(query)}");
        return [.. page.QuerySelectorAll(".clients-table tbody th a").Select(a => a.TextContent)];
    }

    [Fact]
    public async Task TheAppRunsOnTheProviderThisTestPassChose()
    {
        _factory.CreateClient();
        using var scope = _factory.Services.CreateScope();
        var provider = scope.ServiceProvider.GetRequiredService<AdvisorDbContext>().Database.ProviderName;
        Assert.Equal(AdvisorFactory.OnPostgreSql ? "Npgsql.EntityFrameworkCore.PostgreSQL" : "Microsoft.EntityFrameworkCore.Sqlite", provider);
    }

    private static readonly string LongText = string.Concat(Enumerable.Repeat("Zürich – 東京 ", 3000));

    /// <summary>
    /// The direct primary-key read (AssessmentLookup, used by the API, report pages and downloads) gives what EF Core
    /// gives for the same row, every column, times as UTC, on this provider; and nothing for an unknown id.
    /// </summary>
    [Fact]
    public async Task TheDirectAssessmentReadMatchesEfCoreColumnForColumn()
    {
        _factory.CreateClient();
        var record = new AssessmentRecord
        {
            Id = "lookup-test-id-000000a", CreatedAtUtc = new DateTime(2026, 12, 2, 9, 30, 15, 123, 456, DateTimeKind.Utc),
            CatalogueVersion = "1-abc", TaskType = "payroll", Model = "bpo", Location = "offshore", ClientName = "Acme & Sons",
            OwnerId = null, ClientId = null, PreparedBy = "Pat Planner", Firm = "Planners Ltd", ResultJson = $$"""{"id":"lookup-test-id-000000a","note":"ü – “quoted”","long":"{{LongText}}"}""",
        };
        await using (var db = _factory.NewDbContext())
        {
            db.Assessments.Add(record);
            await db.SaveChangesAsync();
        }
        await using var read = _factory.NewDbContext();
        var expected = await read.Assessments.AsNoTracking().SingleAsync(a => a.Id == record.Id);
        var actual = await AssessmentLookup.FindAsync(read, record.Id, CancellationToken.None);

        Assert.NotNull(actual);
        Assert.Equivalent(expected, actual, strict: true);
        Assert.Equal(DateTimeKind.Utc, actual.CreatedAtUtc.Kind);
        Assert.Equal(expected.CreatedAtUtc, actual.CreatedAtUtc);
        Assert.Null(await AssessmentLookup.FindAsync(read, "no-such-assessment-id0", CancellationToken.None));

        // The API's narrower read: the owner and the result's UTF-8 bytes, non-ASCII text included, in a result
        // larger than a real one (stored out of line and compressed on PostgreSQL, and longer than Npgsql's read buffer).
        var json = await AssessmentLookup.FindJsonAsync(read, record.Id, CancellationToken.None);
        Assert.NotNull(json);
        Assert.Null(json.Value.OwnerId);
        Assert.Equal(System.Text.Encoding.UTF8.GetBytes(expected.ResultJson), json.Value.Utf8Json);
        Assert.Null(await AssessmentLookup.FindJsonAsync(read, "no-such-assessment-id0", CancellationToken.None));
    }

    /// <summary>
    /// The group-commit writer's own INSERT stores a row exactly as EF Core's SaveChanges stores it: every column
    /// compared as the provider returns it (and, on SQLite, with its storage class), nulls included, for a batch of
    /// several rows as for one. A row that cannot be stored fails only its own write.
    /// </summary>
    [Fact]
    public async Task TheWritersInsertStoresWhatSaveChangesStores()
    {
        _factory.CreateClient();
        AssessmentRecord Record(string id, bool full) => new()
        {
            Id = id, CreatedAtUtc = new DateTime(2026, 12, 2, 9, 30, 15, 123, 456, DateTimeKind.Utc).AddTicks(7),
            CatalogueVersion = "1-abc", TaskType = "payroll", Model = "bpo", Location = "offshore",
            ClientName = full ? "Acme & Sons" : null, OwnerId = null, ClientId = null,
            PreparedBy = full ? "Pat Planner" : null, Firm = full ? "Planners Ltd" : null,
            ResultJson = $$"""{"id":"{{id}}","note":"ü – “quoted” \ "}""",
        };
        await using (var db = _factory.NewDbContext())
        {
            db.Assessments.AddRange(Record("by-ef-full-0000000000a", true), Record("by-ef-bare-0000000000a", false));
            await db.SaveChangesAsync();
        }
        var writer = _factory.Services.GetRequiredService<AssessmentWriter>();
        // Several at once, so the writer may take them as one batch; then one alone.
        await Task.WhenAll(Enumerable.Range(0, 6).Select(i => writer.WriteAsync(Record($"by-writer-full-{i:000000}a", i % 2 == 0))));
        await writer.WriteAsync(Record("by-writer-bare-00000000", false));

        await using var read = _factory.NewDbContext();
        var connection = read.Database.GetDbConnection();
        await connection.OpenAsync();
        async Task<List<object?>> Stored(string id)
        {
            await using var command = connection.CreateCommand();
            var columns = AssessmentLookup.Columns.Where(c => c != nameof(AssessmentRecord.Id)).Select(c => $"\"{c}\"").ToList();
            var kinds = AdvisorFactory.OnPostgreSql ? [] : columns.Select(c => $"typeof({c})");
            command.CommandText = $"SELECT {string.Join(", ", columns.Concat(kinds))} FROM \"Assessments\" WHERE \"Id\" = '{id}'";
            await using var reader = await command.ExecuteReaderAsync();
            Assert.True(await reader.ReadAsync(), id);
            return [.. Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null : reader.GetValue(i))];
        }
        var full = await Stored("by-ef-full-0000000000a");
        var bare = await Stored("by-ef-bare-0000000000a");
        Assert.Contains(full, v => v is null); // OwnerId and ClientId: the nulls are compared too
        for (var i = 0; i < 6; i++)
        {
            var stored = await Stored($"by-writer-full-{i:000000}a");
            // The JSON names its own id; everything else is the same, byte for byte.
            var expected = i % 2 == 0 ? full : bare;
            var json = AssessmentLookup.Columns.ToList().IndexOf(nameof(AssessmentRecord.ResultJson)) - 1;
            Assert.Equal(((string)expected[json]!).Replace(i % 2 == 0 ? "by-ef-full-0000000000a" : "by-ef-bare-0000000000a", $"by-writer-full-{i:000000}a"), stored[json]);
            Assert.Equal(expected.Where((_, k) => k != json), stored.Where((_, k) => k != json));
        }
        var jsonColumn = AssessmentLookup.Columns.ToList().IndexOf(nameof(AssessmentRecord.ResultJson)) - 1;
        var alone = await Stored("by-writer-bare-00000000");
        Assert.Equal(bare.Where((_, k) => k != jsonColumn), alone.Where((_, k) => k != jsonColumn));

        // What EF reads back is the record that was written, its time cut to the microsecond as EF's converter cuts it.
        var written = Record("by-writer-full-000000a", true);
        var back = await read.Assessments.AsNoTracking().SingleAsync(a => a.Id == written.Id);
        Assert.Equal(UtcMicrosecondDateTimeConverter.Truncate(written.CreatedAtUtc), back.CreatedAtUtc);
        back.CreatedAtUtc = written.CreatedAtUtc;
        Assert.Equivalent(written, back, strict: true);

        // A duplicate id fails its own write only; the others in flight with it are stored.
        var writes = new[] { "by-writer-full-000001a", "by-writer-new-0000000a", "by-writer-new-0000001a" }
            .Select(id => writer.WriteAsync(Record(id, true))).ToList();
        await Assert.ThrowsAnyAsync<Exception>(() => writes[0]);
        await Task.WhenAll(writes.Skip(1));
        Assert.Equal(2, await read.Assessments.CountAsync(a => a.Id.StartsWith("by-writer-new-")));
    }

    /// <summary>
    /// The writer's thread drains on shutdown: rows queued before <see cref="AssessmentWriter.DisposeAsync"/> are all
    /// committed and acknowledged, its thread then ends, and a write after that is refused rather than left waiting.
    /// </summary>
    [Fact]
    public async Task AStoppedWriterHasCommittedEveryRowItTookAndTakesNoMore()
    {
        _factory.CreateClient();
        var writer = new AssessmentWriter(_factory.Services.GetRequiredService<IServiceScopeFactory>(),
            Microsoft.Extensions.Logging.Abstractions.NullLogger<AssessmentWriter>.Instance);
        Assert.True(writer.IsRunning);
        AssessmentRecord Record(int i) => new()
        {
            Id = $"drained-by-writer-{i:00000}", CreatedAtUtc = new DateTime(2026, 12, 4, 21, 30, 0, DateTimeKind.Utc).AddSeconds(i),
            CatalogueVersion = "1-abc", TaskType = "payroll", Model = "bpo", Location = "offshore", ResultJson = $$"""{"id":"{{i}}"}""",
        };
        var writes = Enumerable.Range(0, 40).Select(i => writer.WriteAsync(Record(i))).ToList();
        await writer.DisposeAsync();

        Assert.All(writes, w => Assert.True(w.IsCompletedSuccessfully));
        Assert.False(writer.IsRunning);
        Assert.Throws<InvalidOperationException>(() => { _ = writer.WriteAsync(Record(40)); });
        await using var read = _factory.NewDbContext();
        Assert.Equal(40, await read.Assessments.CountAsync(a => a.Id.StartsWith("drained-by-writer-")));
    }

    /// <summary>Submits one set of answers through the API, as an owner does, and checks it was stored (201).</summary>
    private static async Task<HttpResponseMessage> PostAnAssessmentAsync(HttpClient client)
    {
        var created = await client.PostAsync("/api/assessments", new StringContent(
            """{"taskType":"customer-support","skillLevel":"basic","monthlyBudget":4000,"location":"any","coverage":"24x7"}""",
            System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(System.Net.HttpStatusCode.Created, created.StatusCode);
        return created;
    }

    /// <summary>
    /// On PostgreSQL new stored results are compressed with lz4 (migration ResultJsonLz4), when the server has it;
    /// a stored result still reads back byte for byte.
    /// </summary>
    [Fact, Trait("Provider", Only.PostgreSql)]
    public async Task OnPostgreSqlStoredResultsAreCompressedWithLz4()
    {
        var client = _factory.CreatePlainClient();
        var created = await PostAnAssessmentAsync(client);
        var json = await created.Content.ReadAsStringAsync();

        await using var db = _factory.NewDbContext();
        var available = await db.Database.SqlQueryRaw<bool>(
            "SELECT 'lz4' = ANY (enumvals) AS \"Value\" FROM pg_settings WHERE name = 'default_toast_compression'").SingleAsync();
        var method = await db.Database.SqlQueryRaw<string>(
            "SELECT attcompression::text AS \"Value\" FROM pg_attribute WHERE attrelid = '\"Assessments\"'::regclass AND attname = 'ResultJson'").SingleAsync();
        Assert.Equal(available ? "l" : "", method);
        // The value itself is stored compressed with that method (results are far above the 2 KB TOAST threshold).
        var stored = await db.Database.SqlQueryRaw<string?>(
            "SELECT pg_column_compression(\"ResultJson\") AS \"Value\" FROM \"Assessments\" WHERE \"Id\" = {0}", created.Headers.Location!.ToString().Split('/').Last()).SingleAsync();
        if (available) Assert.Equal("lz4", stored);
        Assert.Equal(json, await client.GetStringAsync(created.Headers.Location));
    }

    /// <summary>
    /// The PostgreSQL connection string gets the app's two session settings (no reset when a session goes back to
    /// the pool, automatic preparation), and keeps an operator's own value of either, however it is spelt.
    /// </summary>
    [Theory]
    [InlineData("Host=db;Database=advisor", true, OutsourcingAdvisor.Migrations.PostgreSql.PostgreSqlProvider.MaxAutoPrepare)]
    [InlineData("Host=db;Database=advisor;No Reset On Close=false;Max Auto Prepare=0", false, 0)]
    [InlineData("Host=db;Database=advisor;noresetonclose=false;MAXAUTOPREPARE=5", false, 5)]
    [InlineData("Host=db;Database=advisor;Max Auto Prepare=0", true, 0)]
    public void ThePostgreSqlConnectionStringGetsTheSessionSettingsUnlessItSetsThem(string configured, bool noReset, int maxAutoPrepare)
    {
        var applied = new Npgsql.NpgsqlConnectionStringBuilder(OutsourcingAdvisor.Migrations.PostgreSql.PostgreSqlProvider.ConnectionString(configured));
        Assert.Equal(noReset, applied.NoResetOnClose);
        Assert.Equal(maxAutoPrepare, applied.MaxAutoPrepare);
        // The rest of the string is the operator's.
        Assert.Equal("db", applied.Host);
        Assert.Equal("advisor", applied.Database);
    }

    /// <summary>
    /// The app's own sessions have those settings: its context's connection string carries them, and the direct
    /// read of a stored result, run on one session as requests run it, is prepared on the server after a few runs.
    /// </summary>
    [Fact, Trait("Provider", Only.PostgreSql)]
    public async Task OnPostgreSqlTheAppsSessionsHaveTheSettingsAndPrepareTheHotRead()
    {
        var client = _factory.CreatePlainClient();
        var created = await PostAnAssessmentAsync(client);
        var id = created.Headers.Location!.ToString().Split('/').Last();

        using var scope = _factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AdvisorDbContext>();
        var settings = new Npgsql.NpgsqlConnectionStringBuilder(db.Database.GetConnectionString());
        Assert.True(settings.NoResetOnClose);
        Assert.Equal(OutsourcingAdvisor.Migrations.PostgreSql.PostgreSqlProvider.MaxAutoPrepare, settings.MaxAutoPrepare);

        await db.Database.OpenConnectionAsync();
        const string Prepared = "SELECT count(*) AS \"Value\" FROM pg_prepared_statements WHERE statement LIKE '%\"ResultJson\"%'";
        Assert.Equal(0, await db.Database.SqlQueryRaw<long>(Prepared).SingleAsync());
        for (var i = 0; i < 6; i++)
            Assert.NotNull(await AssessmentLookup.FindJsonAsync(db, id, CancellationToken.None));
        Assert.Equal(1, await db.Database.SqlQueryRaw<long>(Prepared).SingleAsync());
        // A prepared read still answers the stored bytes.
        Assert.Equal(await created.Content.ReadAsByteArrayAsync(), (await AssessmentLookup.FindJsonAsync(db, id, CancellationToken.None))!.Value.Utf8Json);
    }

    /// <summary>A new SQLite file is made with 16 KB pages and WAL; a file that already has tables keeps its page size.</summary>
    [Fact, Trait("Provider", Only.Sqlite)]
    public async Task ANewSqliteFileGetsSixteenKilobytePages()
    {
        _factory.CreateClient();
        await using var db = _factory.NewDbContext();
        Assert.Equal(16384L, await db.Database.SqlQueryRaw<long>("SELECT page_size AS \"Value\" FROM pragma_page_size").SingleAsync());
        Assert.Equal("wal", await db.Database.SqlQueryRaw<string>("SELECT journal_mode AS \"Value\" FROM pragma_journal_mode").SingleAsync());

        // An existing 4 KB file, started on: it keeps 4 KB pages and is migrated as before.
        var file = Path.Combine(Path.GetTempPath(), $"advisor-pages-{Guid.NewGuid():N}.db");
        await using (var old = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={file};Pooling=False"))
        {
            await old.OpenAsync();
            await using var command = old.CreateCommand();
            command.CommandText = "PRAGMA page_size=4096; CREATE TABLE \"Earlier\" (x INTEGER);";
            await command.ExecuteNonQueryAsync();
        }
        using var existing = new AdvisorFactory { DatabasePath = file };
        Assert.Equal(System.Net.HttpStatusCode.OK, (await existing.CreateClient().GetAsync("/health/ready")).StatusCode);
        await using var again = existing.NewDbContext();
        Assert.Equal(4096L, await again.Database.SqlQueryRaw<long>("SELECT page_size AS \"Value\" FROM pragma_page_size").SingleAsync());
        Assert.True(await again.Assessments.CountAsync() >= 0);
    }

    /// <summary>Started as an operator starts it, a misspelt provider stops the app with one line naming it.</summary>
    [Fact, Trait("Provider", Only.Sqlite)]
    public async Task AnUnknownProviderStopsTheStartWithItsName()
    {
        var start = new System.Diagnostics.ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "OutsourcingAdvisor.Web.dll"), "--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Database__Provider"] = "Oracle";
        using var process = System.Diagnostics.Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);

        Assert.Equal(1, process.ExitCode);
        Assert.Contains("Database:Provider 'Oracle' is not known: use Sqlite or PostgreSQL.", await stdout + await stderr);
    }

    [Fact]
    public async Task ClientSearchTakesPercentAndUnderscoreLiterally()
    {
        var (client, _) = await Accounts.SignedInAsync(_factory, "search@example.com");
        foreach (var name in new[] { "100% Growth", "1000 Growth", "a_b Ltd", "axb Ltd" })
            await Accounts.AddClientAsync(client, name);

        Assert.Equal(["100% Growth"], await SearchAsync(client, "100%"));
        Assert.Equal(["a_b Ltd"], await SearchAsync(client, "a_b"));
    }

    [Fact]
    public async Task ClientSearchIgnoresCaseInNamesAndNotes()
    {
        var (client, _) = await Accounts.SignedInAsync(_factory, "case@example.com");
        await Accounts.AddClientAsync(client, "Northwind Traders");
        await Accounts.AddClientAsync(client, "Contoso", notes: "Ships from NORTHWIND's old depot");
        await Accounts.AddClientAsync(client, "Fabrikam");

        Assert.Equal(["Contoso", "Northwind Traders"], await SearchAsync(client, "northWIND"));
    }

    [Fact]
    public async Task ClientsAreListedAlphabeticallyIgnoringCase()
    {
        var (client, _) = await Accounts.SignedInAsync(_factory, "order@example.com");
        foreach (var name in new[] { "beta", "Zeta", "alpha", "Alpha Two", "Émile" })
            await Accounts.AddClientAsync(client, name);

        // Code points after case folding: the same on both providers ("É" is not a Latin-1 "e" to either).
        Assert.Equal(["alpha", "Alpha Two", "beta", "Zeta", "Émile"], await SearchAsync(client, null));
    }

    [Fact]
    public async Task StoredTimesReadBackAsUtcToTheMicrosecond()
    {
        var (client, user) = await Accounts.SignedInAsync(_factory, "time@example.com");
        var id = await Accounts.AddClientAsync(client, "Timely");
        var written = new DateTime(2026, 12, 1, 10, 30, 0, DateTimeKind.Utc).AddTicks(1_234_567);
        var lockout = new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.FromHours(2)).AddTicks(9_876_543);
        await using (var db = _factory.NewDbContext())
        {
            var row = await db.Clients.SingleAsync(c => c.Id == id);
            row.CreatedAtUtc = written;
            var account = await db.Users.SingleAsync(u => u.Id == user.Id);
            account.LockoutEnd = lockout;
            await db.SaveChangesAsync();
        }

        await using var read = _factory.NewDbContext();
        var stored = (await read.Clients.SingleAsync(c => c.Id == id)).CreatedAtUtc;
        Assert.Equal(DateTimeKind.Utc, stored.Kind);
        Assert.Equal(new DateTime(2026, 12, 1, 10, 30, 0, DateTimeKind.Utc).AddTicks(1_234_560), stored);
        var storedLockout = (await read.Users.SingleAsync(u => u.Id == user.Id)).LockoutEnd!.Value;
        Assert.Equal(TimeSpan.Zero, storedLockout.Offset);
        Assert.Equal(lockout.AddTicks(-3).UtcDateTime, storedLockout.UtcDateTime);
        // Compared in the database, the cut value is the one stored: equal, not "a few ticks apart".
        Assert.Equal(1, await read.Clients.CountAsync(c => c.Id == id && c.CreatedAtUtc == written));
    }

    public void Dispose() => _factory.Dispose();
}
