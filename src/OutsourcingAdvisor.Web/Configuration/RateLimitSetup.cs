using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace OutsourcingAdvisor.Web.Configuration;

public static class RateLimitSetup
{
    public const string SignIn = "sign-in";
    public const string Submissions = "submissions";

    /// <summary>
    /// Per client address, fixed one-minute windows: sign-in attempts and questionnaire/API submissions (POSTs
    /// only; reading pages is never limited). Over the limit: 429, which the status pages turn into a friendly page.
    /// </summary>
    public static IServiceCollection AddAdvisorRateLimits(this IServiceCollection services)
    {
        static RateLimitSettings Limits(HttpContext ctx) => ctx.RequestServices.GetRequiredService<IOptions<RateLimitSettings>>().Value;
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(SignIn, ctx => PerAddress(ctx, Limits(ctx).SignInPerMinute));
            o.AddPolicy(Submissions, ctx => PerAddress(ctx, Limits(ctx).SubmissionsPerMinute));
        });
        return services;
    }

    private static RateLimitPartition<string> PerAddress(HttpContext ctx, int permits) =>
        !HttpMethods.IsPost(ctx.Request.Method)
            ? RateLimitPartition.GetNoLimiter("reads")
            : RateLimitPartition.GetFixedWindowLimiter(ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = permits,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            });
}
