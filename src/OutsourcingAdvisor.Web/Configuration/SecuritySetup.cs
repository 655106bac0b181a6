namespace OutsourcingAdvisor.Web.Configuration;

public static class SecuritySetup
{
    /// <summary>
    /// HSTS outside Development (sent on HTTPS requests, including those a trusted TLS proxy forwarded), an
    /// antiforgery cookie that is Secure on HTTPS, and, when Site:PublicBaseUrl is set and AllowedHosts is left at "*", only that host
    /// accepted, so requests with another Host header are refused before any link is built from them.
    /// </summary>
    public static IServiceCollection AddAdvisorTransportSecurity(this IServiceCollection services, IHostEnvironment env)
    {
        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = false;
        });
        // Secure on every HTTPS request (direct, or from a trusted TLS proxy). "Always" is not used: antiforgery then
        // refuses plain-HTTP requests outright (a 500 on every form), e.g. on a loopback port behind a proxy.
        services.AddAntiforgery(o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        services.AddOptions<Microsoft.AspNetCore.HostFiltering.HostFilteringOptions>()
            .PostConfigure<Microsoft.Extensions.Options.IOptions<SiteSettings>>((o, site) =>
            {
                if (string.IsNullOrEmpty(site.Value.PublicBaseUrl)) return;
                if (o.AllowedHosts.Count > 0 && !(o.AllowedHosts.Count == 1 && o.AllowedHosts[0] == "*")) return;
                o.AllowedHosts = [new Uri(site.Value.PublicBaseUrl).Host];
            });
        return services;
    }

    /// <summary>HSTS outside Development; a warning when links would follow the request's Host header.</summary>
    public static WebApplication UseAdvisorTransportSecurity(this WebApplication app)
    {
        if (app.Environment.IsDevelopment()) return app;
        app.UseHsts();
        if (string.IsNullOrEmpty(app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<SiteSettings>>().Value.PublicBaseUrl))
            app.Logger.LogWarning("Site:PublicBaseUrl is not set: resume, share and invitation links follow the request's Host header. Set it (README, Settings) when the app is reachable from the internet");
        return app;
    }

    // No inline script or style anywhere: charts are server-drawn SVG styled by classes in site.css.
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// Behind a TLS-terminating proxy (Proxy:TrustForwardedHeaders=true), take the client address and scheme from
    /// X-Forwarded-For/-Proto, so rate limits count real clients. Off by default: without a proxy those headers
    /// would be the caller's to forge.
    /// </summary>
    public static WebApplication UseProxyHeadersIfTrusted(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ProxySettings>>().Value.TrustForwardedHeaders) return app;
        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto,
            ForwardLimit = 1,
        };
        options.KnownIPNetworks.Clear();
        options.KnownProxies.Clear();
        app.UseForwardedHeaders(options);
        return app;
    }

    /// <summary>Security headers on every response, pages, API and static files alike.</summary>
    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var h = context.Response.Headers;
                h.ContentSecurityPolicy = ApiDocsSetup.ReferencePolicy(context) ?? ContentSecurityPolicy;
                h.XContentTypeOptions = "nosniff";
                h.XFrameOptions = "DENY";
                // Report links carry their id; never pass them on to another site.
                h["Referrer-Policy"] = "no-referrer";
                h["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
                h["Cross-Origin-Opener-Policy"] = "same-origin";
                return Task.CompletedTask;
            });
            return next(context);
        });
        return app;
    }
}
