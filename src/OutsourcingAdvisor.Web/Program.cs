using OutsourcingAdvisor.Web.Api;
using OutsourcingAdvisor.Web.Assessments;
using OutsourcingAdvisor.Web.Branding;
using OutsourcingAdvisor.Web.Configuration;
using OutsourcingAdvisor.Web.Data;
using OutsourcingAdvisor.Web.Pages;
using OutsourcingAdvisor.Web.Security;
using OutsourcingAdvisor.Domain.Catalogue.Seed;
using Serilog;

// A console logger until the host's own is built, so a failed start is still reported in one clear line.
Log.Logger = new LoggerConfiguration().WriteTo.Console().CreateBootstrapLogger();

try
{
    // `migrate` runs the start-up database work once and exits (for a deploy step before the instances start).
    var migrateOnly = DatabaseSetup.IsMigrateCommand(args);
    // The slim builder: the same configuration sources (appsettings, environment, command line, user secrets in
    // Development) without IIS integration and HTTP/3, which this app never uses and whose assemblies would otherwise
    // be loaded into every process (README "Load"). HTTPS endpoints in Kestrel's configuration still work.
    var builder = WebApplication.CreateSlimBuilder(migrateOnly ? args[1..] : args);
    builder.WebHost.UseKestrelHttpsConfiguration();

    // Logging: Serilog from configuration, one line per request.
    builder.AddAdvisorLogging();

    // Settings: typed options, checked before anything else runs.
    builder.Services.AddAdvisorSettings(builder.Configuration);

    // Data: SQLite (default) or PostgreSQL through EF Core, the in-memory catalogue, the seed importer.
    builder.Services.AddAdvisorDatabase(builder.Configuration, builder.Environment);

    // The advice: validators, JSON options, the assessment service.
    builder.Services.AddAdvisorAssessments();

    // Accounts: Identity in the same database, roles, cookies, data protection keys; rate limits.
    builder.Services.AddAdvisorIdentity(builder.Configuration, builder.Environment);
    builder.Services.AddAdvisorRateLimits();
    builder.Services.AddAdvisorTransportSecurity(builder.Environment);
    builder.Services.AddAdvisorEmail(builder.Configuration);

    // Web: Razor Pages (consultant and admin folders need their role), problem details, health checks.
    builder.Services.AddRazorPages(o =>
    {
        o.Conventions.AddPageRoute("/Assessment/Business", "assessment");
        o.Conventions.AddPageRoute("/Account/AcceptInvite", "account/reset");
        o.Conventions.AuthorizeFolder("/Consultant", IdentitySetup.ConsultantPolicy);
        o.Conventions.AuthorizeFolder("/Admin", IdentitySetup.AdminPolicy);
    });
    builder.Services.AddSingleton<KeptPages>();
    builder.Services.AddProblemDetails();
    builder.Services.AddAdvisorApiDocs();
    builder.Services.AddAdvisorHealthChecks();

    var app = builder.Build();
    app.ValidateSettings();

    // Schema by migrations, then the catalogue from seed-data/ (stops here on a bad seed file).
    await app.PrepareDatabaseAsync();
    if (migrateOnly)
    {
        // Disposing flushes the background log writer before the process ends.
        await app.DisposeAsync();
        return 0;
    }

    // Pipeline: proxy headers (if trusted), errors, HSTS, security headers, request log, static files, endpoints.
    app.UseProxyHeadersIfTrusted();
    app.UseAdvisorErrorHandling();
    app.UseAdvisorTransportSecurity();
    app.UseSecurityHeaders();
    app.UseAdvisorRequestLogging();
    app.UseStaticFiles();
    app.UseRouting();
    app.UseRateLimiter();
    app.UseAuthentication();
    app.UseAuthorization();
    // A new visitor's first step and an anonymous report from their kept copies, before MVC (Pages/KeptPages.cs).
    app.Use(KeptPages.FirstStepMiddleware(app.Services.GetRequiredService<KeptPages>(), app.Services.GetRequiredService<CatalogueStore>()));
    app.Use(KeptPages.ReportMiddleware(app.Services.GetRequiredService<KeptPages>(), app.Services.GetRequiredService<CatalogueStore>()));
    app.MapAdvisorHealth();
    app.MapCatalogueApi();
    app.MapAssessmentsApi();
    app.MapReportDownloads();
    app.MapAdvisorApiDocs();
    app.MapBrandAssets();
    app.MapRazorPages();

    await app.RunAsync();
    return 0;
}
catch (Exception ex) when (ex is SeedDataException or SettingsException)
{
    Log.Fatal("Cannot start: {Problem}", ex.Message);
    return 1;
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    Log.Fatal(ex, "The application failed to start");
    return 1;
}
finally
{
    await Log.CloseAndFlushAsync();
}

/// <summary>Exposed for WebApplicationFactory in the tests.</summary>
public partial class Program;
