using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace OutsourcingAdvisor.BrowserTests;

/// <summary>The real app on Kestrel at 127.0.0.1 over its own SQLite file, and Debian's Chromium driven by Playwright.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private readonly string _dbPath = Path.Combine(Path.GetTempPath(), $"advisor-browser-{Guid.NewGuid():N}.db");
    private WebApplicationFactory<Program>? _factory;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;
    public IServiceProvider Services => _factory!.Services;
    public string BaseUrl { get; private set; } = "";

    /// <summary>Screenshots and PDFs for people to look at, next to the test binaries.</summary>
    public static string ArtifactsDirectory { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "browser-artifacts")).FullName;

    public async Task InitializeAsync()
    {
        _factory = new AppFactory(_dbPath);
        _factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.First().Replace("[::]", "127.0.0.1").TrimEnd('/');

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath(),
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>CHROMIUM_PATH (set by test.sh), else Chrome or Chromium on the PATH. A missing browser fails the run loudly.</summary>
    private static string ChromiumPath()
    {
        var configured = Environment.GetEnvironmentVariable("CHROMIUM_PATH");
        if (!string.IsNullOrEmpty(configured) && File.Exists(configured)) return configured;
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
            foreach (var name in new[] { "google-chrome", "chromium", "chromium-browser" })
                if (File.Exists(Path.Combine(dir, name))) return Path.Combine(dir, name);
        throw new InvalidOperationException("Chromium was not found: run ./test.sh, which installs it, or set CHROMIUM_PATH.");
    }

    public async Task<IPage> NewPageAsync(int width = 1280, bool javaScript = true)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
            JavaScriptEnabled = javaScript,
            BaseURL = BaseUrl,
        });
        // Playwright's 30 s default was too short once on a slower, busier CI machine: the first report after start-up
        // (code not yet compiled) timed out there while every later one took a few seconds. Waits end as soon as their
        // condition holds, so a longer limit only changes how long a real failure takes to report.
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(90_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        _factory?.Dispose();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            try { File.Delete(_dbPath + suffix); } catch (IOException) { }
    }

    private sealed class AppFactory(string dbPath) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("ConnectionStrings:Advisor", $"Data Source={dbPath};Pooling=False");
            // Every browser test shares this one app and signs in and submits from 127.0.0.1, so the production
            // limits (10 sign-ins and 30 submissions a minute per address) could turn a fast run's next sign-in
            // into a 429 page. The limits themselves are tested in the Web tests (Configuration/RateLimitTests,
            // Hardening/SignInThrottleTests).
            builder.UseSetting("RateLimits:SignInPerMinute", "10000");
            builder.UseSetting("RateLimits:SubmissionsPerMinute", "100000");
        }
    }
}

[CollectionDefinition(nameof(BrowserCollection))]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>;
