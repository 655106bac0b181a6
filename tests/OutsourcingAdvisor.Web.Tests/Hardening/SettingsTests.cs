using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OutsourcingAdvisor.Web.Configuration;

namespace OutsourcingAdvisor.Web.Tests.Hardening;

/// <summary>A bad setting stops the start, with one line naming it.</summary>
public sealed class SettingsTests
{
    /// <summary>The app's own settings registration and start-up check, on the given configuration.</summary>
    private static SettingsException? Check(string key, string value)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection([new(key, value)]);
        builder.Services.AddAdvisorSettings(builder.Configuration);
        using var app = builder.Build();
        try
        {
            app.ValidateSettings();
            return null;
        }
        catch (SettingsException ex)
        {
            return ex;
        }
    }

    [Theory]
    [InlineData("RateLimits:SubmissionsPerMinute", "0", "Setting RateLimits:SubmissionsPerMinute must be between 1 and 100000 (is '0')")]
    [InlineData("Auth:MaxFailedAttempts", "50", "Setting Auth:MaxFailedAttempts must be between 1 and 10 (is '50')")]
    [InlineData("Drafts:PerAddressPerDay", "-1", "Setting Drafts:PerAddressPerDay must be between 1 and 100000 (is '-1')")]
    [InlineData("Site:PublicBaseUrl", "advice.example.com", "Setting Site:PublicBaseUrl must be an absolute http(s) address")]
    [InlineData("Email:Security", "Sometimes", "Setting Email:Security must be Auto, StartTls, SslOnConnect or None")]
    [InlineData("Email:From", "not-an-address", "Setting Email:From")]
    [InlineData("DataProtection:CertificatePath", "/nowhere/keys.pfx", "Setting DataProtection:CertificatePath names no file that exists")]
    [InlineData("Cleanup:IntervalMinutes", "often", "'Cleanup:IntervalMinutes'")]
    public void ABadValueIsRefusedInOneLineNamingTheSetting(string key, string value, string expected)
    {
        var ex = Check(key, value);
        Assert.NotNull(ex);
        Assert.Contains(expected, ex.Message);
        Assert.DoesNotContain("\n", ex.Message);
    }

    [Fact]
    public void APasswordIsNeverEchoed()
    {
        var ex = Check("Email:Port", "0");
        Assert.NotNull(ex);
        Assert.Null(Check("Email:Password", "hunter2-secret"));
    }

    [Fact]
    public void TheDefaultsAreValid() => Assert.Null(Check("Unrelated:Key", "x"));

    /// <summary>The built app, started as an operator starts it, stops with one line naming the bad setting.</summary>
    [Fact]
    public async Task TheAppDoesNotStartWithABadSetting()
    {
        var dbPath = Path.Combine(Path.GetTempPath(), $"advisor-badsetting-{Guid.NewGuid():N}.db");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "OutsourcingAdvisor.Web.dll"), "--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__Advisor"] = $"Data Source={dbPath}";
        start.Environment["RateLimits__SignInPerMinute"] = "0";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        var output = await stdout + await stderr;

        Assert.Equal(1, process.ExitCode);
        var line = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.Contains("Cannot start"));
        Assert.Contains("Setting RateLimits:SignInPerMinute must be between 1 and 10000 (is '0')", line);
        Assert.DoesNotContain("   at ", output);
        // Stopped before touching the database.
        Assert.False(File.Exists(dbPath));
    }
}
