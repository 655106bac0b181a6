using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using OutsourcingAdvisor.Web.Tests.Api;
using OutsourcingAdvisor.Web.Tests.Infrastructure;

namespace OutsourcingAdvisor.Web.Tests.Hardening;

/// <summary>However often the last step or an API call with one Idempotency-Key is sent, one report is made.</summary>
public sealed class SingleReportTests : IDisposable
{
    private readonly AdvisorFactory _factory = new();

    private async Task<int> Reports()
    {
        await using var db = _factory.NewDbContext();
        return await db.Assessments.CountAsync();
    }

    [Fact]
    public async Task SubmittingTheLastStepManyTimesAtOnceMakesOneReport()
    {
        var client = _factory.CreatePlainClient();
        var walker = new QuestionnaireWalker(client);
        var skills = await walker.NextAsync(await walker.StartAsync(), QuestionnaireWalker.Work());
        var location = await walker.NextAsync(skills, QuestionnaireWalker.Skills());
        var check = await walker.NextAsync(location, QuestionnaireWalker.Location());
        var page = await Html.GetAsync(client, check);
        var form = page.Forms.OfType<IHtmlFormElement>().Single(f => f.Method.Equals("post", StringComparison.OrdinalIgnoreCase) && f.Closest("header") is null);

        // A double (here eightfold) click: the same form posted concurrently.
        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Html.SubmitAsync(client, form)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Single(responses.Select(r => r.Headers.Location!.OriginalString).Distinct());
        Assert.Equal(1, await Reports());
    }

    private HttpRequestMessage Post(string key, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/assessments") { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return request;
    }

    [Fact]
    public async Task ARepeatedIdempotencyKeyGetsTheFirstResult()
    {
        var client = _factory.CreatePlainClient();
        var first = await client.SendAsync(Post("order-7f3a", AssessmentsApiTests.CallCentre));
        var again = await client.SendAsync(Post("order-7f3a", AssessmentsApiTests.CallCentre));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal(first.Headers.Location, again.Headers.Location);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());
        Assert.Equal("true", again.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(1, await Reports());
    }

    [Fact]
    public async Task ConcurrentRequestsWithOneKeyMakeOneAssessment()
    {
        var client = _factory.CreatePlainClient();
        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => client.SendAsync(Post("same-key", AssessmentsApiTests.CallCentre))));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        Assert.Single(responses.Select(r => r.Headers.Location!.OriginalString).Distinct());
        Assert.Equal(1, await Reports());
    }

    [Fact]
    public async Task DifferentKeysMakeDifferentAssessments()
    {
        var client = _factory.CreatePlainClient();
        await client.SendAsync(Post("key-one", AssessmentsApiTests.CallCentre));
        await client.SendAsync(Post("key-two", AssessmentsApiTests.CallCentre));
        Assert.Equal(2, await Reports());
    }

    [Fact]
    public async Task AKeyReusedWithOtherAnswersIsRefused()
    {
        var client = _factory.CreatePlainClient();
        await client.SendAsync(Post("key-one", AssessmentsApiTests.CallCentre));
        var other = await client.SendAsync(Post("key-one", new { taskType = "payroll", skillLevel = "basic", monthlyBudget = 3000, location = "any" }));
        await ProblemResponseTests.AssertProblem(other, HttpStatusCode.UnprocessableEntity);
        Assert.Equal(1, await Reports());
    }

    [Fact]
    public async Task AnUnusableKeyIsA400Problem()
    {
        var response = await _factory.CreatePlainClient().SendAsync(Post(new string('k', 201), AssessmentsApiTests.CallCentre));
        await ProblemResponseTests.AssertProblem(response, HttpStatusCode.BadRequest);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty("Idempotency-Key", out _));
        Assert.Equal(0, await Reports());
    }

    public void Dispose() => _factory.Dispose();
}
