using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using OutsourcingAdvisor.Web.Tests.Api;
using OutsourcingAdvisor.Web.Tests.Infrastructure;
using Serilog.Events;

namespace OutsourcingAdvisor.Web.Tests.Hardening;

/// <summary>Every error a program can get from /api/* or a report download is problem+json with a title and status.</summary>
public sealed class ProblemResponseTests : IDisposable
{
    private readonly AdvisorFactory _factory = new();

    internal static async Task AssertProblem(HttpResponseMessage response, HttpStatusCode status, bool head = false)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        if (head) return;
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal((int)status, body.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("title").GetString()));
    }

    [Fact]
    public async Task AnUnknownReportDownloadIsA404Problem()
    {
        var client = _factory.CreatePlainClient();
        await AssertProblem(await client.GetAsync("/reports/AAAAAAAAAAAAAAAAAAAAAA.json"), HttpStatusCode.NotFound);
        await AssertProblem(await client.GetAsync("/reports/AAAAAAAAAAAAAAAAAAAAAA.csv"), HttpStatusCode.NotFound);
        // A cut-short id does not match the route at all: still a problem, not the HTML 404 page.
        await AssertProblem(await client.GetAsync("/reports/AAAA.json"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task HeadOnAnUnknownReportDownloadIsA404Problem()
    {
        var client = _factory.CreatePlainClient();
        var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/reports/AAAAAAAAAAAAAAAAAAAAAA.json"));
        await AssertProblem(response, HttpStatusCode.NotFound, head: true);
    }

    [Fact]
    public async Task HeadOnAReportDownloadAnswers200()
    {
        var client = _factory.CreatePlainClient();
        var created = await client.PostAsJsonAsync("/api/assessments", AssessmentsApiTests.CallCentre);
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString();
        var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, $"/reports/{id}.json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task AnUnknownApiAddressIsA404Problem()
    {
        await AssertProblem(await _factory.CreatePlainClient().GetAsync("/api/nothing-here"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AWrongMethodOnTheApiIsA405Problem()
    {
        await AssertProblem(await _factory.CreatePlainClient().DeleteAsync("/api/assessments"), HttpStatusCode.MethodNotAllowed);
    }

    [Fact]
    public async Task ANonJsonBodyIsA415Problem()
    {
        var response = await _factory.CreatePlainClient().PostAsync("/api/assessments", new StringContent("taskType=x", Encoding.UTF8, "text/plain"));
        await AssertProblem(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task A40MegabyteBodyIsA413ProblemAndNothingIsStored()
    {
        var huge = "{\"clientName\":\"" + new string('a', 40 * 1024 * 1024) + "\"}";
        var response = await _factory.CreatePlainClient().PostAsync("/api/assessments", new StringContent(huge, Encoding.UTF8, "application/json"));
        await AssertProblem(response, HttpStatusCode.RequestEntityTooLarge);
        await using var db = _factory.NewDbContext();
        Assert.Empty(db.Assessments);
    }

    [Fact]
    public async Task AnOversizedBodyWithoutContentLengthIsA413Problem()
    {
        var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes("[" + string.Join(",", Enumerable.Repeat("1", 100_000)) + "]")));
        content.Headers.ContentType = new("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/assessments") { Content = content };
        request.Headers.TransferEncodingChunked = true;
        await AssertProblem(await _factory.CreatePlainClient().SendAsync(request), HttpStatusCode.RequestEntityTooLarge);
    }

    private sealed class TightFactory : AdvisorFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("RateLimits:SubmissionsPerMinute", "1");
        }
    }

    [Fact]
    public async Task OverTheSubmissionLimitTheApiAnswersA429Problem()
    {
        using var factory = new TightFactory();
        var client = factory.CreatePlainClient();
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/assessments", AssessmentsApiTests.CallCentre)).StatusCode);
        await AssertProblem(await client.PostAsJsonAsync("/api/assessments", AssessmentsApiTests.CallCentre), HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task ABodyCutOffMidRequestIsA400LoggedBelowError()
    {
        using var factory = new AdvisorFactory();
        factory.UseKestrel(0);
        factory.StartServer();
        var address = new Uri(factory.ClientOptions.BaseAddress.ToString());

        using (var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp))
        {
            await socket.ConnectAsync(IPAddress.Loopback, address.Port);
            var head = $"POST /api/assessments HTTP/1.1\r\nHost: 127.0.0.1:{address.Port}\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n{{\"taskType\":\"customer-";
            await socket.SendAsync(Encoding.ASCII.GetBytes(head));
            socket.Shutdown(SocketShutdown.Send);
            var buffer = new byte[4096];
            var received = new StringBuilder();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            int n;
            try
            {
                while ((n = await socket.ReceiveAsync(buffer, SocketFlags.None, timeout.Token)) > 0) received.Append(Encoding.ASCII.GetString(buffer, 0, n));
            }
            catch (SocketException e) when (e.SocketErrorCode == SocketError.ConnectionReset)
            {
                // Kestrel may reset a half-closed connection once it has answered; what it answered and logged is checked below.
            }
            var text = received.ToString();
            if (text.Length > 0) Assert.StartsWith("HTTP/1.1 400", text);
        }

        // The request log line is written once the request ends; wait for it (bounded).
        for (var i = 0; i < 100 && !factory.Logs.Events.Any(e => e.MessageTemplate.Text.StartsWith("HTTP ")); i++) await Task.Delay(50);
        var line = Assert.Single(factory.Logs.Events, e => e.MessageTemplate.Text.StartsWith("HTTP "));
        Assert.Equal("400", line.Properties["StatusCode"].ToString());
        Assert.DoesNotContain(factory.Logs.Events, e => e.Level >= LogEventLevel.Error);
        await using var db = factory.NewDbContext();
        Assert.Empty(db.Assessments);
    }

    public void Dispose() => _factory.Dispose();
}
