using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using OutsourcingAdvisor.Web.Tests.Infrastructure;

namespace OutsourcingAdvisor.Web.Tests.Pages.Consultant;

/// <summary>The brand form posted as a browser posts it: multipart, with the file and the antiforgery token.</summary>
public sealed class BrandTests : IDisposable
{
    private readonly AdvisorFactory _factory = new();

    /// <summary>A 1×1 PNG: signature, IHDR, IDAT, IEND.</summary>
    public static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    public const string CleanSvg = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40"><defs><linearGradient id="g"><stop offset="0" stop-color="#123"/></linearGradient></defs><circle cx="20" cy="20" r="18" fill="url(#g)"/><use href="#g"/></svg>""";

    private static async Task<HttpResponseMessage> PostBrandAsync(HttpClient client, byte[]? file, string fileName, string accent = "")
    {
        var page = await Html.GetAsync(client, "/consultant/brand");
        var form = page.Forms.OfType<IHtmlFormElement>().Single(f => f.QuerySelector("#Logo") is not null);
        Assert.Equal("multipart/form-data", form.Enctype);
        var token = form.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(accent), "Accent" },
        };
        if (file is not null)
        {
            var part = new ByteArrayContent(file);
            part.Headers.ContentType = new MediaTypeHeaderValue(fileName.EndsWith(".png") ? "image/png" : "image/svg+xml");
            content.Add(part, "Logo", fileName);
        }
        return await client.PostAsync(form.Action, content);
    }

    private async Task<HttpClient> ConsultantAsync() => (await Accounts.SignedInAsync(_factory, "ana@example.com", firm: "Adviser & Co")).Client;

    [Fact]
    public async Task APngLogoIsStoredAndShownOnTheBrandPage()
    {
        var a = await ConsultantAsync();
        var response = await PostBrandAsync(a, Png, "logo.png");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = _factory.NewDbContext();
        var brand = await db.FirmBrands.SingleAsync();
        Assert.Equal("image/png", brand.LogoContentType);
        Assert.Equal(Png, brand.Logo);
        var page = await Html.GetAsync(a, "/consultant/brand");
        Assert.StartsWith("data:image/png;base64,", page.QuerySelector<IHtmlImageElement>(".firm-logo")!.Source);
    }

    [Fact]
    public async Task ASvgThatOnlyDrawsIsAccepted()
    {
        var a = await ConsultantAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await PostBrandAsync(a, Encoding.UTF8.GetBytes(CleanSvg), "logo.svg")).StatusCode);
        await using var db = _factory.NewDbContext();
        Assert.Equal("image/svg+xml", (await db.FirmBrands.SingleAsync()).LogoContentType);
    }

    [Theory]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>""", "<script>")]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="5" height="5"/></svg>""", "event handler")]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg"><rect width="5" height="5" OnClick="x()"/></svg>""", "event handler")]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><p xmlns="http://www.w3.org/1999/xhtml">hi</p></foreignObject></svg>""", "<foreignObject>")]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><use xlink:href="https://evil.example/x.svg#a"/></svg>""", "outside itself")]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg"><image href="https://evil.example/track.png"/></svg>""", "<image>")]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg"><style>@import url(https://evil.example/a.css);</style></svg>""", "@import")]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg"><rect style="fill:url(https://evil.example/p)" width="1" height="1"/></svg>""", "outside itself")]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg"><a href="javascript:alert(1)"><rect width="1" height="1"/></a></svg>""", "link")]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg"><set attributeName="href" to="javascript:alert(1)"/></svg>""", "link")]
    [InlineData("""<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg xmlns="http://www.w3.org/2000/svg">&x;</svg>""", "well-formed")]
    [InlineData("""<html><body>not an image</body></html>""", "neither a PNG nor an SVG")]
    public async Task AnSvgThatCouldRunScriptOrLoadAnythingIsRefusedAndNothingStored(string svg, string reason)
    {
        var a = await ConsultantAsync();
        var response = await PostBrandAsync(a, Encoding.UTF8.GetBytes(svg), "logo.svg");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.StartsWith("Error:", page.Title);
        Assert.Contains(reason, page.QuerySelector(".error-summary a[href='#Logo']")!.TextContent);
        await using var db = _factory.NewDbContext();
        Assert.Empty(await db.FirmBrands.ToListAsync());
    }

    [Fact]
    public async Task ALogoOverTheSizeLimitIsRefusedInWords()
    {
        var a = await ConsultantAsync();
        var big = new byte[OutsourcingAdvisor.Web.Data.FirmBrand.MaxLogoBytes + 1];
        Png.CopyTo(big, 0);
        var page = await Html.ParseAsync(await PostBrandAsync(a, big, "big.png"));
        Assert.Contains("it can be at most 100 KB", page.QuerySelector(".error-summary")!.TextContent);
        await using var db = _factory.NewDbContext();
        Assert.Empty(await db.FirmBrands.ToListAsync());
    }

    [Theory]
    [InlineData("#ffcc00", "1.5:1")]
    [InlineData("#7f9fbf", "2.8:1")]
    [InlineData("#767676", "on light grey panels has a contrast of 4.2:1")]
    public async Task AnAccentTooLightToReadIsRefusedWithItsContrast(string accent, string ratio)
    {
        var a = await ConsultantAsync();
        var page = await Html.ParseAsync(await PostBrandAsync(a, null, "", accent));
        var message = page.QuerySelector(".error-summary a[href='#Accent']")!.TextContent;
        Assert.Contains(ratio, message);
        Assert.Contains("4.5:1", message);
        await using var db = _factory.NewDbContext();
        Assert.Empty(await db.FirmBrands.ToListAsync());
    }

    [Fact]
    public async Task ADarkEnoughAccentIsStoredAndServedAsAStyleSheet()
    {
        var a = await ConsultantAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await PostBrandAsync(a, null, "", "#0B5D1E")).StatusCode);
        await using var db = _factory.NewDbContext();
        Assert.Equal("#0b5d1e", (await db.FirmBrands.SingleAsync()).AccentColour);
        var page = await Html.GetAsync(a, "/consultant/brand");
        var sheet = page.QuerySelector<IHtmlLinkElement>("link[href^='/brand/style.css']")!.Href!;
        var css = await a.GetAsync(new Uri(sheet).PathAndQuery);
        Assert.Equal("text/css", css.Content.Headers.ContentType!.MediaType);
        Assert.Contains("--accent: #0b5d1e;", await css.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await a.GetAsync("/brand/style.css?accent=ffff00")).StatusCode);
    }

    [Fact]
    public async Task TheFooterTextCannotBreakOutOfItsCssString()
    {
        var response = await _factory.CreateClient().GetAsync("/brand/style.css?footer=" + Uri.EscapeDataString("Evil\\\" } body { display: none } <x> Co"));
        var css = await response.Content.ReadAsStringAsync();
        Assert.Equal(":root { --page-footer: \"Evil\\5c \\22  \\7d  body \\7b  display\\3a  none \\7d  \\3c x\\3e  Co\"; }\n", css);
    }

    [Fact]
    public async Task AnInvalidColourCodeIsRefused()
    {
        var a = await ConsultantAsync();
        var page = await Html.ParseAsync(await PostBrandAsync(a, null, "", "dark blue"));
        Assert.Contains("hex code", page.QuerySelector(".error-summary")!.TextContent);
    }

    public void Dispose() => _factory.Dispose();
}
