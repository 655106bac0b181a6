using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Caching.Memory;
using OutsourcingAdvisor.Web.Data;

namespace OutsourcingAdvisor.Web.Pages;

/// <summary>
/// The two heaviest pages, kept as rendered for visitors who are not signed in (a signed-in user's navigation
/// differs, so they always get a page rendered for them):
/// <list type="bullet">
/// <item>a new assessment's first step: the same markup for every new visitor until the catalogue changes, apart from
/// the antiforgery token, which is made for each visitor as the form tag helper would and written into the copy;</item>
/// <item>the report of an owner's anonymous assessment, which is rendered from the stored row and the catalogue only.</item>
/// </list>
/// A copy is used only while what it was rendered from is unchanged: the catalogue version for both, and for a report
/// the stored row itself, which the page still reads on every request and compares column by column with the one the
/// copy was made from (so a row changed or deleted through any instance is never answered from an old copy). The
/// first rendering of each is Razor's own, captured as it is sent. Memory is capped at <see cref="MaxBytes"/>.
/// </summary>
public sealed class KeptPages(IAntiforgery antiforgery)
{
    public const long MaxBytes = 8 * 1024 * 1024;

    private const string FirstStepKey = "first-step";
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = MaxBytes });
    private long _used;
    private long _kept;

    /// <summary>Requests answered from a kept copy.</summary>
    public long Used => Interlocked.Read(ref _used);

    /// <summary>Copies kept (each the capture of one rendering).</summary>
    public long Kept => Interlocked.Read(ref _kept);

    private sealed record FirstStepCopy(string CatalogueVersion, byte[] BeforeToken, byte[] AfterToken);

    private sealed record ReportCopy(AssessmentRecord Row, string CatalogueVersion, byte[] Html);

    /// <summary>The first step for a visitor with no draft, search, choice or errors; <paramref name="render"/> makes the page.</summary>
    public IActionResult FirstStep(HttpContext http, string catalogueVersion, Func<IActionResult> render)
    {
        if (IsSignedIn(http)) return render();
        if (FirstStepCopyFor(catalogueVersion) is { } copy) return new HtmlResult(copy.BeforeToken, Token, copy.AfterToken);
        return Capture(http, render(), (http, html) =>
        {
            // The page has one form that posts, so the token this request was given appears once; anything else
            // (a second form, a layout change) and the page is simply not kept.
            var token = Encoded(antiforgery.GetTokens(http).RequestToken!);
            var at = html.AsSpan().IndexOf(token);
            if (at < 0 || html.AsSpan(at + token.Length).IndexOf(token) >= 0) return;
            Keep(FirstStepKey, new FirstStepCopy(catalogueVersion, html[..at], html[(at + token.Length)..]), html.Length);
        });
    }

    /// <summary>
    /// The same kept first step, answered before MVC (model binding, filters, the page) runs at all, for the plain
    /// <c>GET /assessment</c> of a visitor who is not signed in; anything else, or no copy yet, goes on to the page.
    /// The headers are the page's own: its Cache-Control, then the antiforgery token's cookie and headers.
    /// </summary>
    public static Func<HttpContext, RequestDelegate, Task> FirstStepMiddleware(KeptPages kept, CatalogueStore store) => (http, next) =>
    {
        var request = http.Request;
        if (!HttpMethods.IsGet(request.Method) || request.QueryString.HasValue || IsSignedIn(http)
            || !string.Equals(request.Path.Value, "/assessment", StringComparison.OrdinalIgnoreCase)
            || !store.IsLoaded || kept.FirstStepCopyFor(store.Current.Version) is not { } copy)
            return next(http);
        http.Response.Headers.CacheControl = PageHeaders.NoStore;
        return HtmlResult.WriteAsync(http, copy.BeforeToken, kept.Token(http), copy.AfterToken);
    };

    /// <summary>
    /// A kept report answered before MVC runs, for the plain <c>GET /reports/{id}</c> of a visitor who is not signed
    /// in, when a copy of that report is kept: the row is read and compared as on the page; anything else goes on to
    /// the page (which renders it again, or answers 404). The headers are the page's own.
    /// </summary>
    public static Func<HttpContext, RequestDelegate, Task> ReportMiddleware(KeptPages kept, CatalogueStore store) => async (http, next) =>
    {
        var request = http.Request;
        var path = request.Path.Value;
        const string prefix = "/reports/";
        if (!HttpMethods.IsGet(request.Method) || request.QueryString.HasValue || IsSignedIn(http) || !store.IsLoaded
            || path is null || path.Length != prefix.Length + 22 || !path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
            || !kept._cache.TryGetValue(ReportKey(path[prefix.Length..]), out ReportCopy? _))
        {
            await next(http);
            return;
        }
        // Only with a copy in hand is the row read here; then it decides as on the page.
        var db = http.RequestServices.GetRequiredService<AdvisorDbContext>();
        var row = await AssessmentLookup.FindAsync(db, path[prefix.Length..], http.RequestAborted);
        if (row is null || kept.ReportCopyFor(row, store.Current.Version) is not { } copy)
        {
            await next(http);
            return;
        }
        http.Response.Headers.CacheControl = PageHeaders.NoStore;
        await HtmlResult.WriteAsync(http, copy.Html, [], []);
    };

    private FirstStepCopy? FirstStepCopyFor(string catalogueVersion)
    {
        if (!_cache.TryGetValue(FirstStepKey, out FirstStepCopy? copy) || copy!.CatalogueVersion != catalogueVersion) return null;
        Interlocked.Increment(ref _used);
        return copy;
    }

    /// <summary>This visitor's antiforgery token (and cookie, and no-cache headers), as the form tag helper makes it.</summary>
    private byte[] Token(HttpContext http) => Encoded(antiforgery.GetAndStoreTokens(http).RequestToken!);

    /// <summary>A token as the form tag helper writes it into the page: HTML-encoded, in UTF-8.</summary>
    private static byte[] Encoded(string token) => Encoding.UTF8.GetBytes(HtmlEncoder.Default.Encode(token));

    /// <summary>The report page for a stored row an anonymous visitor may see; <paramref name="render"/> makes the page.</summary>
    public async Task<IActionResult> ReportAsync(HttpContext http, AssessmentRecord row, string catalogueVersion, Func<Task<IActionResult>> render)
    {
        if (IsSignedIn(http) || row.OwnerId is not null) return await render();
        if (ReportCopyFor(row, catalogueVersion) is { } copy) return new HtmlResult(copy.Html, null, []);
        return Capture(http, await render(), (_, html) =>
            Keep(ReportKey(row.Id), new ReportCopy(row, catalogueVersion, html), html.Length + 2L * row.ResultJson.Length));
    }

    private static string ReportKey(string id) => "report:" + id;

    /// <summary>The kept report for this row, if it is an anonymous one and the copy was made from it and this catalogue.</summary>
    private ReportCopy? ReportCopyFor(AssessmentRecord row, string catalogueVersion)
    {
        if (row.OwnerId is not null || !_cache.TryGetValue(ReportKey(row.Id), out ReportCopy? copy)
            || copy!.CatalogueVersion != catalogueVersion || !SameRow(copy.Row, row)) return null;
        Interlocked.Increment(ref _used);
        return copy;
    }

    /// <summary>Every column of the stored row (a test checks this covers each property of the record).</summary>
    public static bool SameRow(AssessmentRecord a, AssessmentRecord b) =>
        a.Id == b.Id && a.CreatedAtUtc == b.CreatedAtUtc && a.CatalogueVersion == b.CatalogueVersion && a.TaskType == b.TaskType
        && a.Model == b.Model && a.Location == b.Location && a.ClientName == b.ClientName && a.OwnerId == b.OwnerId
        && a.ClientId == b.ClientId && a.PreparedBy == b.PreparedBy && a.Firm == b.Firm && a.ResultJson == b.ResultJson;

    private static bool IsSignedIn(HttpContext http) => http.User.Identity?.IsAuthenticated == true;

    private void Keep(string key, object copy, long size)
    {
        _cache.Set(key, copy, new MemoryCacheEntryOptions { Size = size, SlidingExpiration = TimeSpan.FromHours(1) });
        Interlocked.Increment(ref _kept);
    }

    /// <summary>
    /// On a page that may be kept: when the handler asked for its rendering to be kept (<see cref="Capture"/>), runs
    /// the page's own result with the body buffered, hands a 200's HTML over, then sends it.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class)]
    public sealed class KeepableAttribute : Attribute, IAsyncResultFilter
    {
        public async Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
        {
            var http = context.HttpContext;
            if (http.Items[CaptureKey] is not Action<HttpContext, byte[]> keep)
            {
                await next();
                return;
            }
            var response = http.Response;
            var body = response.Body;
            byte[] html;
            using (var buffer = new MemoryStream())
            {
                response.Body = buffer;
                try { await next(); }
                finally { response.Body = body; }
                html = buffer.ToArray();
            }
            if (response.StatusCode == StatusCodes.Status200OK) keep(http, html);
            response.ContentLength = html.Length;
            await body.WriteAsync(html, http.RequestAborted);
        }
    }

    private static readonly object CaptureKey = new();

    /// <summary>The page's own result, its HTML handed to <paramref name="keep"/> once rendered (see <see cref="KeepableAttribute"/>).</summary>
    private static IActionResult Capture(HttpContext http, IActionResult result, Action<HttpContext, byte[]> keep)
    {
        http.Items[CaptureKey] = keep;
        return result;
    }

    /// <summary>A kept page: its bytes, with a per-request part (the antiforgery token) between two halves.</summary>
    private sealed class HtmlResult(byte[] before, Func<HttpContext, byte[]>? middle, byte[] after) : IActionResult
    {
        public Task ExecuteResultAsync(ActionContext context) =>
            WriteAsync(context.HttpContext, before, middle?.Invoke(context.HttpContext) ?? [], after);

        public static async Task WriteAsync(HttpContext http, byte[] before, byte[] inserted, byte[] after)
        {
            http.Response.ContentType = "text/html; charset=utf-8";
            http.Response.ContentLength = before.Length + inserted.Length + after.Length;
            // One flush for the whole page: the parts go into the response's pipe first.
            var writer = http.Response.BodyWriter;
            writer.Write(before);
            writer.Write(inserted);
            writer.Write(after);
            await writer.FlushAsync(http.RequestAborted);
        }
    }
}
