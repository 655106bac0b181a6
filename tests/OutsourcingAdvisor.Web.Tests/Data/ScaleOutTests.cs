using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using OutsourcingAdvisor.Web.Tests.Infrastructure;

namespace OutsourcingAdvisor.Web.Tests.Data;

/// <summary>
/// Two instances of the built app on one PostgreSQL database, as behind a load balancer: started together on an
/// empty database, then a browser's requests go to either. (docker-compose.yml runs the same shape.)
/// </summary>
[Trait("Provider", Only.PostgreSql)]
public sealed class ScaleOutTests : IAsyncLifetime
{
    private const string AdminEmail = "admin@example.com";
    private const string AdminPassword = "a long admin passphrase";
    private readonly string _database = PostgresCluster.Instance.EmptyDatabase();
    private AppProcess _a = null!;
    private AppProcess _b = null!;

    public async Task InitializeAsync()
    {
        var settings = new Dictionary<string, string>
        {
            ["Admin__Email"] = AdminEmail,
            ["Admin__Password"] = AdminPassword,
            ["Catalogue__RefreshSeconds"] = "1",
        };
        // Started at the same moment on a database with no tables: both must migrate, import or wait their turn.
        _a = AppProcess.Start(_database, settings);
        _b = AppProcess.Start(_database, settings);
        try
        {
            await Task.WhenAll(_a.WaitReadyAsync(), _b.WaitReadyAsync());
        }
        catch
        {
            // xunit skips DisposeAsync when InitializeAsync fails: do not leave the processes running.
            await DisposeAsync();
            throw;
        }
    }

    [Fact]
    public void TwoInstancesStartedTogetherOnAnEmptyDatabaseBothComeUpAndImportOnce()
    {
        var imports = new[] { _a.Output, _b.Output }.Sum(o => o.Split('\n').Count(l => l.Contains("Imported catalogue version")));
        var unchanged = new[] { _a.Output, _b.Output }.Sum(o => o.Split('\n').Count(l => l.Contains("Catalogue seed unchanged")));
        Assert.Equal(1, imports);
        Assert.Equal(1, unchanged);
    }

    [Fact]
    public async Task ASignInOnOneInstanceIsValidOnTheOther()
    {
        var jar = new CookieJar();
        using var onA = _a.Client(jar);
        using var onB = _b.Client(jar);
        Assert.Equal(HttpStatusCode.Redirect, (await Accounts.SignInAsync(onA, AdminEmail, AdminPassword)).StatusCode);

        var admin = await onB.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        Assert.Contains(AdminEmail, await admin.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ACatalogueEditOnOneInstanceIsUsedByTheOtherWithinFiveSeconds()
    {
        var jar = new CookieJar();
        using var onA = _a.Client(jar);
        using var onB = _b.Client(jar);
        Assert.Equal(HttpStatusCode.Redirect, (await Accounts.SignInAsync(onA, AdminEmail, AdminPassword)).StatusCode);
        var page = await Html.GetAsync(onA, "/admin/catalogue/price/customer-support");
        var saved = await Html.SubmitAsync(onA, page.Forms.Single(f => f.Closest("header") is null),
            new Dictionary<string, string> { ["Input.Min"] = "23", ["Input.Max"] = "37", ["Input.Reason"] = "Quotes seen by the other office" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var clock = Stopwatch.StartNew();
        decimal? min = null;
        while (clock.Elapsed < TimeSpan.FromSeconds(5) && min != 23)
        {
            var catalogue = JsonDocument.Parse(await onB.GetStringAsync("/api/catalogue")).RootElement;
            min = catalogue.GetProperty("categories").EnumerateArray()
                .Single(c => c.GetProperty("slug").GetString() == "customer-support").GetProperty("price").GetProperty("min").GetDecimal();
            if (min != 23) await Task.Delay(100);
        }
        Assert.Equal(23, min);

        // And the other instance's engine uses it: its answer's cost is worked out from the new price.
        var body = new StringContent("""{"taskType":"customer-support","skillLevel":"basic","monthlyBudget":4000,"location":"onshore","hoursPerMonth":100}""", Encoding.UTF8, "application/json");
        var created = await onB.PostAsync("/api/assessments", body);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var a = JsonDocument.Parse(await onA.GetStringAsync("/api/catalogue")).RootElement.GetProperty("version").GetString();
        Assert.Contains(a!, await created.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AReportWrittenOnOneInstanceReadsTheSameOnTheOther()
    {
        var jar = new CookieJar();
        using var onA = _a.Client(jar);
        using var onB = _b.Client(jar);
        var body = new StringContent("""{"taskType":"analytics","skillLevel":"expert","monthlyBudget":9000,"location":"any"}""", Encoding.UTF8, "application/json");
        var created = await onA.PostAsync("/api/assessments", body);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var written = await created.Content.ReadAsByteArrayAsync();
        var id = created.Headers.Location!.OriginalString.Split('/').Last();

        Assert.Equal(written, await onB.GetByteArrayAsync($"/api/assessments/{id}"));
        var report = await onB.GetAsync($"/reports/{id}");
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        Assert.Equal(await (await onA.GetAsync($"/reports/{id}.csv")).Content.ReadAsStringAsync(),
            await (await onB.GetAsync($"/reports/{id}.csv")).Content.ReadAsStringAsync());
    }

    public Task DisposeAsync()
    {
        _a.Dispose();
        _b.Dispose();
        return Task.CompletedTask;
    }
}
