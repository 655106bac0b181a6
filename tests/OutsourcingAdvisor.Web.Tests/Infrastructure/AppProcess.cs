using System.Diagnostics;
using System.Net;

namespace OutsourcingAdvisor.Web.Tests.Infrastructure;

/// <summary>
/// The built app started as an operator starts it (<c>dotnet OutsourcingAdvisor.Web.dll</c>, Production) on a free
/// loopback port, with its output kept for the assertion messages. Kill() is SIGKILL: no shutdown code runs.
/// </summary>
public sealed class AppProcess : IDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];

    private AppProcess(Process process, int port)
    {
        _process = process;
        Port = port;
        _process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (_output) _output.Add(e.Data); };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (_output) _output.Add(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public int Port { get; }

    /// <summary>The process id: <c>dotnet OutsourcingAdvisor.Web.dll</c> runs the app in the host process itself.</summary>
    public int Id => _process.Id;

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}");

    public string Output
    {
        get { lock (_output) return string.Join('\n', _output); }
    }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>True if the process ended within the time (a one-off command such as <c>migrate</c>).</summary>
    public async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancel.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>Starts the app on the provider under test with this connection string and extra settings.</summary>
    public static AppProcess Start(string connectionString, IDictionary<string, string>? settings = null, string[]? arguments = null)
    {
        var port = PostgresCluster.FreePort();
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "OutsourcingAdvisor.Web.dll"), .. arguments ?? [], "--urls", $"http://127.0.0.1:{port}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            // The content root: appsettings.json (log levels) is read from here, as in a published folder.
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Database__Provider"] = AdvisorFactory.TestProvider.ToString();
        start.Environment["ConnectionStrings__Advisor"] = connectionString;
        // The tests send many submissions from one address.
        start.Environment["RateLimits__SubmissionsPerMinute"] = "100000";
        start.Environment["RateLimits__SignInPerMinute"] = "1000";
        // No file watchers for appsettings.json: every watcher takes an inotify instance, and the machine-wide limit
        // (128 by default, shared with everything else running) ran out when many app processes started at once.
        start.Environment["DOTNET_hostBuilder__reloadConfigOnChange"] = "false";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) start.Environment[key] = value;
        return new AppProcess(Process.Start(start)!, port);
    }

    /// <summary>Waits until /health/ready answers 200 (120 s at most: test machines can be busy).</summary>
    public async Task WaitReadyAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        for (var i = 0; i < 480; i++)
        {
            if (_process.HasExited) break;
            try
            {
                if ((await http.GetAsync("/health/ready")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(250);
        }
        Assert.Fail($"The app on port {Port} did not become ready:\n{Output}");
    }

    /// <summary>A client for this instance that keeps cookies in <paramref name="jar"/> (shared between instances).</summary>
    public HttpClient Client(CookieJar jar) => new(new CookieJarHandler(jar) { InnerHandler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false } })
    {
        BaseAddress = BaseAddress,
        Timeout = TimeSpan.FromSeconds(30),
    };

    public void Kill()
    {
        if (_process.HasExited) return;
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit(30_000);
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }
}

/// <summary>
/// One browser's cookies, used against several instances. Production cookies are Secure, which HttpClient's own
/// container will not send over plain http to 127.0.0.1; a browser would (localhost counts as secure), so this does.
/// </summary>
public sealed class CookieJar
{
    private readonly Dictionary<string, string> _cookies = [];

    public void Take(HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues("Set-Cookie", out var values)) return;
        lock (_cookies)
            foreach (var value in values)
            {
                var pair = value.Split(';', 2)[0];
                var eq = pair.IndexOf('=');
                if (eq <= 0) continue;
                var (name, content) = (pair[..eq].Trim(), pair[(eq + 1)..].Trim());
                if (content.Length == 0 || value.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase)) _cookies.Remove(name);
                else _cookies[name] = content;
            }
    }

    public string? Header
    {
        get { lock (_cookies) return _cookies.Count == 0 ? null : string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")); }
    }
}

internal sealed class CookieJarHandler(CookieJar jar) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (jar.Header is { } cookies) request.Headers.Add("Cookie", cookies);
        var response = await base.SendAsync(request, cancellationToken);
        jar.Take(response);
        return response;
    }
}
