// Prints a report page to an A4 PDF with the Chromium the browser tests use; docs/images/report.png is its first page.
// Its package version comes from Directory.Packages.props, like every project of the repository.
// With the app running (see docs/development.md, "The report screenshot"):
//   PLAYWRIGHT_DRIVER_SEARCH_PATH=tests/OutsourcingAdvisor.BrowserTests/bin/Release/net10.0 \
//     dotnet run docs/images/print-report.cs -- http://127.0.0.1:5301/reports/ID /tmp/report.pdf
//   pdftoppm -f 1 -l 1 -png -r 80 /tmp/report.pdf docs/images/report && mv docs/images/report-1.png docs/images/report.png
#:package Microsoft.Playwright
#:property PublishAot=false
#:property JsonSerializerIsReflectionEnabledByDefault=true
using Microsoft.Playwright;

var chromium = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";
using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new()
{
    ExecutablePath = chromium,
    Headless = true,
    Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
var page = await browser.NewPageAsync();
await page.GotoAsync(args[0]);
await page.PdfAsync(new() { Path = args[1], Format = "A4", PrintBackground = true });
