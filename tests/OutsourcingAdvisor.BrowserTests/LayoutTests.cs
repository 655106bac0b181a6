using Microsoft.Playwright;

namespace OutsourcingAdvisor.BrowserTests;

[Collection(nameof(BrowserCollection))]
public sealed class LayoutTests(BrowserFixture browser)
{
    [Fact]
    public async Task EveryStepAndTheReportFitA360PixelPhone()
    {
        var page = await browser.NewPageAsync(width: 360);
        await Owner.PatentWork.FillInAsync(page, "phone-360");
        var report = page.Url;
        foreach (var url in new[] { "/", "/assessment", "/catalogue", "/catalogue/patent-applications", report })
        {
            await page.GotoAsync(url);
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            Assert.True(overflow <= 0, $"{url} is {overflow}px wider than a 360px screen");
        }
        await Owner.Shot(page, "phone-360", "report-again");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task TextMeetsWcagAaContrast()
    {
        var page = await browser.NewPageAsync();
        await Owner.CallCentre.FillInAsync(page, "contrast");
        var pages = new List<string> { page.Url, "/", "/catalogue" };
        await page.GotoAsync("/assessment");
        await Owner.Continue(page);
        pages.Add(page.Url);

        foreach (var url in pages)
        {
            if (url != page.Url) await page.GotoAsync(url);
            var failures = await page.EvaluateAsync<string[]>(ContrastScript);
            Assert.True(failures.Length == 0, $"{url}: {string.Join("; ", failures.Take(5))}");
        }
        await page.Context.CloseAsync();
    }

    /// <summary>Every visible element with its own text: contrast of its colour on its nearest opaque background.</summary>
    private const string ContrastScript = """
        () => {
          const parse = c => { const m = c.match(/rgba?\(([^)]+)\)/); if (!m) return null; const p = m[1].split(',').map(Number); return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 }; };
          const lum = c => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }; return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b); };
          const background = el => { for (let e = el; e; e = e.parentElement) { const c = parse(getComputedStyle(e).backgroundColor); if (c && c.a > 0.5) return c; } return { r: 255, g: 255, b: 255, a: 1 }; };
          const failures = [];
          for (const el of document.querySelectorAll('body *')) {
            if (el.closest('svg')) continue;
            const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim().length > 0);
            if (!own) continue;
            const style = getComputedStyle(el);
            const rect = el.getBoundingClientRect();
            if (style.visibility === 'hidden' || style.display === 'none' || rect.width === 0 || rect.height === 0) continue;
            if (el.closest('.visually-hidden, .skip-link')) continue;
            const fg = parse(style.color), bg = background(el);
            const ratio = (Math.max(lum(fg), lum(bg)) + 0.05) / (Math.min(lum(fg), lum(bg)) + 0.05);
            const size = parseFloat(style.fontSize), bold = parseInt(style.fontWeight) >= 700;
            const needed = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
            if (ratio < needed) failures.push(`${el.tagName.toLowerCase()}.${el.className} "${el.textContent.trim().slice(0, 30)}" ${ratio.toFixed(2)}`);
          }
          return failures;
        }
        """;
}
