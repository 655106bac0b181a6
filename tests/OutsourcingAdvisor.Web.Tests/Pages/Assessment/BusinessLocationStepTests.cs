using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using OutsourcingAdvisor.Web.Tests.Infrastructure;

namespace OutsourcingAdvisor.Web.Tests.Pages.Assessment;

/// <summary>
/// The first step asks where the business is: the country is required there, and so is the time zone of a country
/// with several; the budget is then asked, and the report written, in the country's currency.
/// </summary>
public sealed class BusinessLocationStepTests : IDisposable
{
    private readonly AdvisorFactory _factory = new();
    private readonly QuestionnaireWalker _walker;

    public BusinessLocationStepTests() => _walker = new QuestionnaireWalker(_factory.CreatePlainClient());

    public void Dispose() => _factory.Dispose();

    private static string? ErrorBeside(IHtmlDocument page, string field) =>
        page.QuerySelector($"#Input_{field}")?.ParentElement?.QuerySelector(".error-message")?.TextContent.Trim();

    private async Task<IHtmlDocument> FirstStep(string? country, string? timeZone) =>
        await Html.ParseAsync(await _walker.SubmitAsync("/assessment", QuestionnaireWalker.Business(country, timeZone)));

    [Fact]
    public async Task TheCountryIsAskedFirstAndIsRequired()
    {
        var first = await Html.GetAsync(_walker.Client, "/assessment");
        Assert.NotNull(first.QuerySelector("#Input_BusinessCountry"));
        Assert.Null(first.QuerySelector("#Input_MonthlyBudget"));
        Assert.Contains("Choose the country your business is in.", ErrorBeside(await FirstStep(null, null), "BusinessCountry"));
        await using var db = _factory.NewDbContext();
        Assert.Equal(0, await db.Drafts.CountAsync());
    }

    [Fact]
    public async Task ACountryWithSeveralTimeZonesNeedsOne() =>
        Assert.Contains("Australia has several time zones", ErrorBeside(await FirstStep("AU", null), "BusinessTimeZone"));

    [Fact]
    public async Task ATimeZoneOfAnotherCountryIsAnErrorBesideTheField()
    {
        var page = await FirstStep("GB", "America/Chicago");
        Assert.Contains("is not a time zone of United Kingdom", ErrorBeside(page, "BusinessTimeZone"));
        Assert.Equal("GB", page.QuerySelector<IHtmlSelectElement>("#Input_BusinessCountry")!.Value);
    }

    [Fact]
    public async Task AnUnknownCountryIsAnErrorAndNothingIsStored()
    {
        Assert.Contains("We do not know the country code", ErrorBeside(await FirstStep("XX", null), "BusinessCountry"));
        await using var db = _factory.NewDbContext();
        Assert.Equal(0, await db.Drafts.CountAsync());
    }

    [Fact]
    public async Task TheBudgetIsAskedInTheCountrysCurrency()
    {
        var skillsUrl = await _walker.NextAsync(await _walker.StartAsync(QuestionnaireWalker.Business("DE", null)), QuestionnaireWalker.Work());
        var skills = await Html.GetAsync(_walker.Client, skillsUrl);
        Assert.Equal("Monthly budget (euros)", skills.QuerySelector("label[for=Input_MonthlyBudget]")!.TextContent.Trim());
        Assert.Equal("€", skills.QuerySelector("#Input_MonthlyBudget")!.ParentElement!.QuerySelector("span")!.TextContent.Trim());
    }

    [Fact]
    public async Task AUkOwnersReportNamesEuropeanExamplesAndShowsPoundsWithTheRate()
    {
        var workUrl = await _walker.StartAsync(QuestionnaireWalker.Business("GB", null));
        var skillsUrl = await _walker.NextAsync(workUrl, QuestionnaireWalker.Work());
        var locationUrl = await _walker.NextAsync(skillsUrl, QuestionnaireWalker.Skills(budget: "3000"));
        var checkUrl = await _walker.NextAsync(locationUrl, new Dictionary<string, string>(QuestionnaireWalker.Location(location: "nearshore", coverage: null)));
        var check = await Html.GetAsync(_walker.Client, checkUrl);
        Assert.Contains("£3,000", check.QuerySelectorAll(".summary-row").Single(r => r.TextContent.Contains("Monthly budget")).TextContent);
        var reportUrl = await _walker.NextAsync(checkUrl, new Dictionary<string, string>());
        var report = await Html.GetAsync(_walker.Client, reportUrl);

        Assert.Contains("United Kingdom", report.QuerySelector(".owner-country")!.TextContent);
        var rate = report.QuerySelector(".money-rate")!.TextContent;
        Assert.Contains("Pounds sterling", rate);
        Assert.Contains("28 February 2025", rate);
        Assert.DoesNotContain("GBP", rate);
        // The budget as typed, in pounds, not converted there and back.
        Assert.Equal("£3,000 a month", report.QuerySelector(".cost-budget")!.TextContent.Trim());
        var examples = report.QuerySelectorAll(".example-country").Select(e => e.GetAttribute("data-country")).ToList();
        Assert.NotEmpty(examples);
        Assert.DoesNotContain("MX", examples);
        Assert.All(report.QuerySelectorAll(".example-country"), e => Assert.True(e.QuerySelectorAll("li").Length >= 5));
    }
}
