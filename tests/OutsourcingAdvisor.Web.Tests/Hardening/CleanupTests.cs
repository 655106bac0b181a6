using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OutsourcingAdvisor.Web.Tests.Api;
using OutsourcingAdvisor.Web.Tests.Infrastructure;

namespace OutsourcingAdvisor.Web.Tests.Hardening;

/// <summary>The background clean-up, and the 24-hour life of an idempotency key, on a clock the test moves.</summary>
public sealed class CleanupTests : IDisposable
{
    private sealed class ClockFactory : AdvisorFactory
    {
        public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Cleanup:IntervalMinutes", "60");
            builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock));
        }
    }

    private readonly ClockFactory _factory = new();

    private static string Sql(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss");

    private async Task<bool> EventuallyAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 100; i++)
        {
            if (await condition()) return true;
            await Task.Delay(50);
        }
        return false;
    }

    [Fact]
    public async Task EveryIntervalExpiredDraftsAndEndedShareLinksAreRemovedAndLiveOnesKept()
    {
        _factory.CreateClient();
        var now = _factory.Clock.GetUtcNow();
        _factory.Execute($"INSERT INTO \"AssessmentDrafts\" (\"Id\", \"CreatedAtUtc\", \"UpdatedAtUtc\", \"AnswersJson\") VALUES ('stale', '{Sql(now.AddDays(-40))}', '{Sql(now.AddDays(-29.9))}', '{{}}')");
        _factory.Execute($"INSERT INTO \"AssessmentDrafts\" (\"Id\", \"CreatedAtUtc\", \"UpdatedAtUtc\", \"AnswersJson\") VALUES ('fresh', '{Sql(now)}', '{Sql(now)}', '{{}}')");
        var created = await _factory.CreateClient().PostAsJsonAsync("/api/assessments", AssessmentsApiTests.CallCentre);
        var id = (await created.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetString();
        _factory.Execute($"INSERT INTO \"ShareLinks\" (\"Token\", \"AssessmentId\", \"OwnerId\", \"CreatedAtUtc\", \"ExpiresAtUtc\") VALUES ('ended', '{id}', 'x', '{Sql(now.AddDays(-60))}', '{Sql(now.AddDays(-29.9))}')");
        _factory.Execute($"INSERT INTO \"ShareLinks\" (\"Token\", \"AssessmentId\", \"OwnerId\", \"CreatedAtUtc\", \"ExpiresAtUtc\") VALUES ('live', '{id}', 'x', '{Sql(now)}', '{Sql(now.AddDays(5))}')");

        // Nothing has expired yet at the first tick...
        _factory.Clock.Advance(TimeSpan.FromMinutes(60));
        await Task.Delay(300);
        await using (var db = _factory.NewDbContext())
        {
            Assert.Equal(2, await db.Drafts.CountAsync());
            Assert.Equal(2, await db.ShareLinks.CountAsync());
        }

        // ...a day later the stale draft and the long-ended link are gone at the next tick.
        _factory.Clock.Advance(TimeSpan.FromDays(1));
        Assert.True(await EventuallyAsync(async () =>
        {
            await using var db = _factory.NewDbContext();
            return await db.Drafts.CountAsync() == 1 && await db.ShareLinks.CountAsync() == 1;
        }));
        await using var after = _factory.NewDbContext();
        Assert.Equal("fresh", (await after.Drafts.SingleAsync()).Id);
        Assert.Equal("live", (await after.ShareLinks.SingleAsync()).Token);
    }

    [Fact]
    public async Task AComparisonsEndedShareLinksAreRemovedAfterThirtyDaysAndLiveOnesKept()
    {
        _factory.CreateClient();
        var now = _factory.Clock.GetUtcNow().UtcDateTime;
        await using (var db = _factory.NewDbContext())
        {
            var owner = new OutsourcingAdvisor.Web.Data.AdvisorUser { UserName = "cleanup@example.com", Email = "cleanup@example.com", DisplayName = "Cleanup Owner" };
            db.Users.Add(owner);
            foreach (var (token, created, expires, revoked) in new[]
            {
                ("expired", now.AddDays(-60), now.AddDays(-29.9), (DateTime?)null),
                ("revoked", now.AddDays(-40), now.AddDays(300), now.AddDays(-29.9)),
                ("live", now, now.AddDays(5), null),
            })
                db.ComparisonShareLinks.Add(new OutsourcingAdvisor.Web.Data.ComparisonShareLink { Token = token, OwnerId = owner.Id, AssessmentIds = "a b", CreatedAtUtc = created, ExpiresAtUtc = expires, RevokedAtUtc = revoked });
            await db.SaveChangesAsync();
        }

        _factory.Clock.Advance(TimeSpan.FromMinutes(60));
        await Task.Delay(300);
        await using (var db = _factory.NewDbContext())
            Assert.Equal(3, await db.ComparisonShareLinks.CountAsync());

        _factory.Clock.Advance(TimeSpan.FromDays(1));
        Assert.True(await EventuallyAsync(async () =>
        {
            await using var db = _factory.NewDbContext();
            return await db.ComparisonShareLinks.CountAsync() == 1;
        }));
        await using var after = _factory.NewDbContext();
        Assert.Equal("live", (await after.ComparisonShareLinks.SingleAsync()).Token);
    }

    [Fact]
    public async Task AnIdempotencyKeyRepeatsForADayAndThenIsFreeAgain()
    {
        var client = _factory.CreatePlainClient();
        HttpRequestMessage Post()
        {
            var r = new HttpRequestMessage(HttpMethod.Post, "/api/assessments") { Content = JsonContent.Create(AssessmentsApiTests.CallCentre) };
            r.Headers.Add("Idempotency-Key", "daily-run");
            return r;
        }
        var first = (await client.SendAsync(Post())).Headers.Location;
        _factory.Clock.Advance(TimeSpan.FromHours(23.9));
        Assert.Equal(first, (await client.SendAsync(Post())).Headers.Location);
        _factory.Clock.Advance(TimeSpan.FromHours(0.2));
        var later = await client.SendAsync(Post());
        Assert.Equal(HttpStatusCode.Created, later.StatusCode);
        Assert.NotEqual(first, later.Headers.Location);
    }

    public void Dispose() => _factory.Dispose();
}
