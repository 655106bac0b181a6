using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using OutsourcingAdvisor.Web.Tests.Infrastructure;

namespace OutsourcingAdvisor.Web.Tests.Pages.Assessment;

/// <summary>The location step asks where the business is: the country is required there, and so is the time zone of a country with several.</summary>
public sealed class BusinessLocationStepTests : IDisposable
{
    private readonly AdvisorFactory _factory = new();
    private readonly QuestionnaireWalker _walker;

    public BusinessLocationStepTests() => _walker = new QuestionnaireWalker(_factory.CreatePlainClient());

    public void Dispose() => _factory.Dispose();

    private async Task<string> LocationUrl()
    {
        var skillsUrl = await _walker.NextAsync("/assessment", QuestionnaireWalker.Work());
        return await _walker.NextAsync(skillsUrl, QuestionnaireWalker.Skills());
    }

    private static string? ErrorBeside(IHtmlDocument page, string field) =>
        page.QuerySelector($"#Input_{field}")?.ParentElement?.QuerySelector(".error-message")?.TextContent.Trim();

    [Fact]
    public async Task TheCountryIsRequiredOnThePage()
    {
        var page = await Html.ParseAsync(await _walker.SubmitAsync(await LocationUrl(), QuestionnaireWalker.Location(country: null, timeZone: null)));
        Assert.Contains("Choose the country your business is in.", ErrorBeside(page, "BusinessCountry"));
    }

    [Fact]
    public async Task ACountryWithSeveralTimeZonesNeedsOne()
    {
        var page = await Html.ParseAsync(await _walker.SubmitAsync(await LocationUrl(), QuestionnaireWalker.Location(country: "AU", timeZone: null)));
        Assert.Contains("Australia has several time zones", ErrorBeside(page, "BusinessTimeZone"));
    }

    [Fact]
    public async Task ATimeZoneOfAnotherCountryIsAnErrorBesideTheField()
    {
        var page = await Html.ParseAsync(await _walker.SubmitAsync(await LocationUrl(), QuestionnaireWalker.Location(country: "GB", timeZone: "America/Chicago")));
        Assert.Contains("is not a time zone of United Kingdom", ErrorBeside(page, "BusinessTimeZone"));
        Assert.Equal("GB", page.QuerySelector<IHtmlSelectElement>("#Input_BusinessCountry")!.Value);
    }

    [Fact]
    public async Task AnUnknownCountryIsAnErrorAndNothingIsStored()
    {
        var page = await Html.ParseAsync(await _walker.SubmitAsync(await LocationUrl(), QuestionnaireWalker.Location(country: "XX", timeZone: null)));
        Assert.Contains("We do not know the country code", ErrorBeside(page, "BusinessCountry"));
        await using var db = _factory.NewDbContext();
        Assert.Equal(0, await db.Assessments.CountAsync());
    }

    [Fact]
    public async Task AUkOwnersReportNamesEuropeanExamplesAndShowsPoundsWithTheRate()
    {
        var skillsUrl = await _walker.NextAsync("/assessment", QuestionnaireWalker.Work());
        var locationUrl = await _walker.NextAsync(skillsUrl, QuestionnaireWalker.Skills());
        var checkUrl = await _walker.NextAsync(locationUrl, new Dictionary<string, string>(QuestionnaireWalker.Location(location: "nearshore", country: "GB", timeZone: null, coverage: null)));
        var reportUrl = await _walker.NextAsync(checkUrl, new Dictionary<string, string>());
        var report = await Html.GetAsync(_walker.Client, reportUrl);

        Assert.Contains("United Kingdom", report.QuerySelector(".owner-country")!.TextContent);
        Assert.Contains("GBP", report.QuerySelector(".money-rate")!.TextContent);
        Assert.Contains("2025-02-28", report.QuerySelector(".money-rate")!.TextContent);
        Assert.StartsWith("£", report.QuerySelector(".money-budget")!.TextContent.Trim());
        var examples = report.QuerySelectorAll(".example-country").Select(e => e.GetAttribute("data-country")).ToList();
        Assert.NotEmpty(examples);
        Assert.DoesNotContain("MX", examples);
        Assert.All(report.QuerySelectorAll(".example-country"), e => Assert.True(e.QuerySelectorAll("li").Length >= 5));
    }
}
