using System.Net;
using Microsoft.EntityFrameworkCore;
using OutsourcingAdvisor.Web.Tests.Infrastructure;

namespace OutsourcingAdvisor.Web.Tests.Hardening;

public sealed class FormAnswerTests : IDisposable
{
    private readonly AdvisorFactory _factory = new();

    [Theory]
    [InlineData("Input.CustomerFacing", "yes")]
    [InlineData("Input.CustomerFacing", "1")]
    [InlineData("Input.OnSiteRequired", "<b>")]
    public async Task AYesNoAnswerThatIsNeitherIsAFieldErrorAndNothingIsSaved(string field, string value)
    {
        var walker = new QuestionnaireWalker(_factory.CreatePlainClient());
        var skillsUrl = await walker.NextAsync(await walker.StartAsync(), QuestionnaireWalker.Work());
        var locationUrl = await walker.NextAsync(skillsUrl, QuestionnaireWalker.Skills());
        var values = QuestionnaireWalker.Location();
        values[field] = value;

        var response = await walker.SubmitAsync(locationUrl, values);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        var id = field.Replace('.', '_');
        Assert.NotNull(page.QuerySelector($".error-summary a[href='#{id}']"));
        Assert.NotNull(page.QuerySelector($"#{id}-error"));
        await using var db = _factory.NewDbContext();
        var draft = await db.Drafts.SingleAsync();
        Assert.DoesNotContain("coverage", draft.AnswersJson);
    }

    [Fact]
    public async Task NoElementIdOnAStepIsUsedTwice()
    {
        var walker = new QuestionnaireWalker(_factory.CreatePlainClient());
        var skillsUrl = await walker.NextAsync(await walker.StartAsync(), QuestionnaireWalker.Work());
        var locationUrl = await walker.NextAsync(skillsUrl, QuestionnaireWalker.Skills());
        foreach (var url in new[] { "/assessment", skillsUrl, locationUrl })
        {
            var page = await Html.GetAsync(_factory.CreatePlainClient(), url);
            var ids = page.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
            Assert.Empty(ids.GroupBy(i => i).Where(g => g.Count() > 1).Select(g => g.Key));
            // Every aria-describedby names an element that exists.
            foreach (var e in page.QuerySelectorAll("[aria-describedby]"))
                foreach (var target in e.GetAttribute("aria-describedby")!.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    Assert.NotNull(page.GetElementById(target));
        }
    }

    public void Dispose() => _factory.Dispose();
}
