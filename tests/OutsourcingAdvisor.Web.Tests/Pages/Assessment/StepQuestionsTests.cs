using AngleSharp.Html.Dom;
using OutsourcingAdvisor.Domain.Assessment;
using OutsourcingAdvisor.Web.Assessments;
using OutsourcingAdvisor.Web.Tests.Infrastructure;

namespace OutsourcingAdvisor.Web.Tests.Pages.Assessment;

/// <summary>The step pages and the wire input follow the answer definitions.</summary>
public sealed class StepQuestionsTests : IDisposable
{
    private readonly AdvisorFactory _factory = new();
    private readonly QuestionnaireWalker _walker;

    public StepQuestionsTests() => _walker = new QuestionnaireWalker(_factory.CreatePlainClient());

    [Fact]
    public async Task EachStepFormAsksExactlyTheQuestionsOfItsStep()
    {
        var skillsUrl = await _walker.NextAsync(await _walker.StartAsync(), QuestionnaireWalker.Work());
        var locationUrl = await _walker.NextAsync(skillsUrl, QuestionnaireWalker.Skills());
        foreach (var (url, step) in new[] { ("/assessment", QuestionSteps.Business), (skillsUrl.Replace("/skills", "/work"), QuestionSteps.Work), (skillsUrl, QuestionSteps.Skills), (locationUrl, QuestionSteps.Location) })
        {
            var page = await Html.GetAsync(_walker.Client, url);
            var form = page.Forms.OfType<IHtmlFormElement>().Single(f => f.Method.Equals("post", StringComparison.OrdinalIgnoreCase) && f.Closest("header") is null);
            var names = form.Elements.Select(e => e switch { IHtmlInputElement i => i.Name, IHtmlSelectElement s => s.Name, _ => null })
                .Where(n => n?.StartsWith("Input.") == true).Distinct().Order();
            Assert.Equal(Questions.OnStep(step).Select(q => "Input." + q.Name).Order(), names);
            foreach (var q in Questions.OnStep(step))
                Assert.Contains(q.Legend, page.Body!.TextContent);
        }
    }

    [Fact]
    public void TheWireInputHoldsEveryAnswerAsText()
    {
        var input = new AssessmentInput();
        foreach (var q in Questions.All)
        {
            var value = q.Kind switch
            {
                AnswerKind.Money or AnswerKind.WholeNumber => "42",
                AnswerKind.YesNo => "false",
                _ => q.Choices.Count > 0 ? q.Choices[^1].Value : "text",
            };
            input[q] = value;
            Assert.Equal(value, input[q]);
        }
        Assert.Equal(42m, input.MonthlyBudget);
        Assert.False(input.OnSiteRequired);
    }

    public void Dispose() => _factory.Dispose();
}
