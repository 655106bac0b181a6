using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace OutsourcingAdvisor.Web.Tests.Infrastructure;

/// <summary>Walks the questionnaire like a person: open each step, fill its real form, submit, follow the redirect.</summary>
public sealed class QuestionnaireWalker(HttpClient client)
{
    public HttpClient Client { get; } = client;

    public static Dictionary<string, string> Work(string taskType = "customer-support", string? engagement = "ongoing", string? scope = "whole-process", string? goal = "cut-costs") =>
        Compact(new() { ["Input.TaskType"] = taskType, ["Input.Engagement"] = engagement, ["Input.Scope"] = scope, ["Input.Goal"] = goal });

    public static Dictionary<string, string> Skills(string skill = "basic", string budget = "4000", string? hours = null) =>
        Compact(new() { ["Input.SkillLevel"] = skill, ["Input.MonthlyBudget"] = budget, ["Input.HoursPerMonth"] = hours });

    /// <summary>The first step: where the business is.</summary>
    public static Dictionary<string, string> Business(string? country = "US", string? timeZone = "America/New_York", string? currency = null) =>
        Compact(new() { ["Input.BusinessCountry"] = country, ["Input.BusinessTimeZone"] = timeZone, ["Input.Currency"] = currency });

    public static Dictionary<string, string> Location(string location = "any", string? clientName = "Acme Ltd", string? coverage = "24x7", string? customerFacing = "true") =>
        Compact(new()
        {
            ["Input.Location"] = location, ["Input.ClientName"] = clientName, ["Input.Coverage"] = coverage, ["Input.CustomerFacing"] = customerFacing,
        });

    private static Dictionary<string, string> Compact(Dictionary<string, string?> d) =>
        d.Where(kv => kv.Value is not null).ToDictionary(kv => kv.Key, kv => kv.Value!);

    /// <summary>GETs the page, fills its main (POST) form and submits it.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string url, IDictionary<string, string> values)
    {
        var page = await Html.GetAsync(Client, url);
        var form = page.Forms.OfType<IHtmlFormElement>().Single(f => f.Method.Equals("post", StringComparison.OrdinalIgnoreCase) && f.Closest("header") is null);
        return await Html.SubmitAsync(Client, form, values);
    }

    /// <summary>Submits a step that must succeed and returns where it redirected to.</summary>
    public async Task<string> NextAsync(string url, IDictionary<string, string> values)
    {
        var response = await SubmitAsync(url, values);
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Redirect, $"{url} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return response.Headers.Location!.OriginalString;
    }

    /// <summary>Starts an assessment on its first step (where the business is) and returns the next step's address.</summary>
    public Task<string> StartAsync(IDictionary<string, string>? business = null, string start = "/assessment") => NextAsync(start, business ?? Business());

    /// <summary>The whole flow: returns the report's address.</summary>
    public async Task<string> CompleteAsync(IDictionary<string, string>? work = null, IDictionary<string, string>? skills = null, IDictionary<string, string>? location = null,
        IDictionary<string, string>? business = null)
    {
        var skillsUrl = await NextAsync(await StartAsync(business), work ?? Work());
        var locationUrl = await NextAsync(skillsUrl, skills ?? Skills());
        var checkUrl = await NextAsync(locationUrl, location ?? Location());
        return await NextAsync(checkUrl, new Dictionary<string, string>());
    }
}
