using Microsoft.Extensions.Options;
using OutsourcingAdvisor.Web.Configuration;

namespace OutsourcingAdvisor.Web.Security;

/// <summary>
/// Absolute links that leave the app (resume, share and invitation links people copy or receive by email). With
/// Site:PublicBaseUrl set they are always built on it, so a forged Host header can never put them on another site
/// (and host filtering then refuses other hosts). Without it they follow the request, which is fine in development.
/// </summary>
public static class PublicUrls
{
    public static string Absolute(HttpContext http, string pathAndQuery)
    {
        var configured = http.RequestServices.GetRequiredService<IOptions<SiteSettings>>().Value.PublicBaseUrl;
        var origin = string.IsNullOrEmpty(configured) ? $"{http.Request.Scheme}://{http.Request.Host}" : configured.TrimEnd('/');
        return origin + pathAndQuery;
    }
}
