using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OutsourcingAdvisor.Web.Data;

namespace OutsourcingAdvisor.Web.Configuration;

public static class IdentitySetup
{
    public const string ConsultantPolicy = "consultant";
    public const string AdminPolicy = "admin";

    /// <summary>
    /// Identity with its EF Core stores in the app's database (failed sign-ins are throttled per account and address by
    /// SignInGuard, not by an account-wide lockout), a short
    /// sliding cookie that is HttpOnly and Secure outside Development, the security stamp checked on every request
    /// so signing out kills copied cookies, and data protection keys kept in the database across restarts.
    /// </summary>
    public static IServiceCollection AddAdvisorIdentity(this IServiceCollection services, IConfiguration config, IHostEnvironment env)
    {
        services.AddIdentity<AdvisorUser, IdentityRole>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 12;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireDigit = false;
                // Failed sign-ins are counted per account and client address by SignInGuard, not by Identity's
                // account-wide lockout, which would let anyone lock anyone out.
                o.Lockout.AllowedForNewUsers = false;
            })
            .AddEntityFrameworkStores<AdvisorDbContext>()
            .AddDefaultTokenProviders();

        services.AddSingleton<Security.DummyPasswordHash>();
        services.AddScoped<Security.SignInGuard>();

        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromDays(7));

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "advisor.session";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = env.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            o.SlidingExpiration = true;
            o.LoginPath = "/account/signin";
            o.LogoutPath = "/account/signout";
            // Another role's pages answer 404, like anything else that is not yours.
            o.Events.OnRedirectToAccessDenied = ctx =>
            {
                ctx.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            };
            o.Events.OnRedirectToLogin = ctx =>
            {
                if (ErrorHandlingSetup.IsApi(ctx.HttpContext)) ctx.Response.StatusCode = StatusCodes.Status401Unauthorized;
                else ctx.Response.Redirect(ctx.RedirectUri);
                return Task.CompletedTask;
            };
        });

        services.AddOptions<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<Microsoft.Extensions.Options.IOptions<AuthSettings>>((o, auth) => o.ExpireTimeSpan = TimeSpan.FromMinutes(auth.Value.SessionMinutes));

        var protection = services.AddDataProtection()
            .SetApplicationName("OutsourcingAdvisor")
            .PersistKeysToDbContext<AdvisorDbContext>();
        // With DataProtection:CertificatePath (a PFX) the keys are encrypted at rest with its certificate; a copy of
        // the database alone then cannot forge sessions or antiforgery tokens.
        if (config["DataProtection:CertificatePath"] is { Length: > 0 } pfx && File.Exists(pfx))
            protection.ProtectKeysWithCertificate(
                System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadPkcs12FromFile(pfx, config["DataProtection:CertificatePassword"]));

        services.AddAuthorizationBuilder()
            .AddPolicy(ConsultantPolicy, p => p.RequireRole(Roles.Consultant))
            .AddPolicy(AdminPolicy, p => p.RequireRole(Roles.Admin));
        return services;
    }

    /// <summary>
    /// Creates the roles, and the first admin from Admin:Email and Admin:Password (environment variables
    /// Admin__Email / Admin__Password, or the command-line switches --Admin:Email and --Admin:Password).
    /// </summary>
    public static async Task EnsureRolesAndFirstAdminAsync(IServiceProvider services, IConfiguration config, ILogger logger)
    {
        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in new[] { Roles.Consultant, Roles.Admin })
            if (!await roles.RoleExistsAsync(role))
                await roles.CreateAsync(new IdentityRole(role));

        var email = config["Admin:Email"];
        var password = config["Admin:Password"];
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrWhiteSpace(password)) return;
        var users = services.GetRequiredService<UserManager<AdvisorUser>>();
        if (await users.FindByEmailAsync(email) is not null) return;
        var admin = new AdvisorUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = config["Admin:Name"] ?? "Administrator" };
        var created = await users.CreateAsync(admin, password);
        if (!created.Succeeded)
            throw new InvalidOperationException($"The first admin could not be created: {string.Join(" ", created.Errors.Select(e => e.Description))}");
        await users.AddToRoleAsync(admin, Roles.Admin);
        logger.LogInformation("Created the first admin account from configuration");
    }

    public static string? UserId(this System.Security.Claims.ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true ? user.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value : null;
}
