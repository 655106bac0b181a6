using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OutsourcingAdvisor.Web.Data;

namespace OutsourcingAdvisor.Web.Tests.Infrastructure;

/// <summary>Accounts for tests: created through Identity's own UserManager, signed in through the real form.</summary>
public static class Accounts
{
    public const string Password = "correct horse battery staple";

    public static async Task<AdvisorUser> CreateAsync(AdvisorFactory factory, string email, string role = Roles.Consultant, string? name = null, string? firm = null)
    {
        factory.CreateClient();
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AdvisorUser>>();
        var user = new AdvisorUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name ?? email.Split('@')[0], Firm = firm };
        var result = await users.CreateAsync(user, Password);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, role);
        return user;
    }

    /// <summary>Submits the sign-in form; returns the response (a redirect when it worked).</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password = Password)
    {
        var page = await Html.GetAsync(client, "/account/signin");
        var form = page.Forms.OfType<IHtmlFormElement>().Single(f => f.Action.EndsWith("/account/signin", StringComparison.Ordinal) || f.QuerySelector("#Input_Email") is not null);
        return await Html.SubmitAsync(client, form, new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });
    }

    /// <summary>A client (no redirects followed) signed in as a new account of the given role.</summary>
    public static async Task<(HttpClient Client, AdvisorUser User)> SignedInAsync(AdvisorFactory factory, string email, string role = Roles.Consultant, string? name = null, string? firm = null)
    {
        var user = await CreateAsync(factory, email, role, name, firm);
        var client = factory.CreatePlainClient();
        var response = await SignInAsync(client, email);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (client, user);
    }

    /// <summary>Adds a client through the dashboard form and returns its id.</summary>
    public static async Task<int> AddClientAsync(HttpClient client, string name, string? notes = null)
    {
        var page = await Html.GetAsync(client, "/consultant");
        var form = page.Forms.OfType<IHtmlFormElement>().Single(f => f.QuerySelector("#Input_Name") is not null);
        var response = await Html.SubmitAsync(client, form, new Dictionary<string, string> { ["Input.Name"] = name, ["Input.Notes"] = notes ?? "" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
    }

    /// <summary>Starts an assessment for the client, goes through the questionnaire, returns the report id.</summary>
    public static async Task<string> AssessForClientAsync(HttpClient client, int clientId, IDictionary<string, string>? work = null, IDictionary<string, string>? skills = null, IDictionary<string, string>? location = null,
        IDictionary<string, string>? business = null)
    {
        var page = await Html.GetAsync(client, $"/consultant/clients/{clientId}");
        var start = page.Forms.OfType<IHtmlFormElement>().Single(f => f.Action.EndsWith("/start", StringComparison.OrdinalIgnoreCase));
        var started = await Html.SubmitAsync(client, start);
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var walker = new QuestionnaireWalker(client);
        var workUrl = await walker.StartAsync(business, started.Headers.Location!.OriginalString);
        var skillsUrl = await walker.NextAsync(workUrl, work ?? QuestionnaireWalker.Work());
        var locationUrl = await walker.NextAsync(skillsUrl, skills ?? QuestionnaireWalker.Skills());
        var checkUrl = await walker.NextAsync(locationUrl, location ?? QuestionnaireWalker.Location());
        var report = await walker.NextAsync(checkUrl, new Dictionary<string, string>());
        return report.Split('/').Last();
    }
}
