using System.Reflection;
using OutsourcingAdvisor.Domain.Assessment;

namespace OutsourcingAdvisor.Domain.Tests.Assessment;

/// <summary>The answer definitions: one per answer, consistent with the answer types, and enough for what-if.</summary>
public sealed class QuestionsTests
{
    private static readonly AssessmentAnswers Full = TestCatalogue.Answers() with
    {
        Location = PreferredLocation.Nearshore, HoursPerMonth = 80, Goal = Goal.Scale, Engagement = Engagement.ShortTerm,
        Scope = WorkScope.SingleTask, Reliance = Reliance.Regular, CustomerFacing = false, Coverage = Coverage.Extended,
        TimeZoneOverlap = TimeZoneOverlap.Partial, DataSensitivity = DataSensitivity.High, OnSiteRequired = true,
        ClientName = "Acme Ltd", Preset = "cost-first",
    };

    [Fact]
    public void EveryAnswerHasExactlyOneQuestion()
    {
        var properties = typeof(AssessmentAnswers).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.Name != "EqualityContract")
            // The assessment date rides on the answers for what-if re-runs but is no answer (it is never serialised).
            .Where(p => p.GetCustomAttribute<System.Text.Json.Serialization.JsonIgnoreAttribute>() is null)
            .Select(p => p.Name).Order();
        Assert.Equal(properties, Questions.All.Select(q => q.Name).Order());
        Assert.Equal(Questions.All.Count, Questions.All.Select(q => q.Wire).Distinct().Count());
    }

    [Fact]
    public void EveryClosedQuestionOffersTheWireNamesOfItsEnum()
    {
        foreach (var q in Questions.All.Where(q => q.Kind == AnswerKind.Choice))
        {
            var type = typeof(AssessmentAnswers).GetProperty(q.Name)!.PropertyType;
            type = Nullable.GetUnderlyingType(type) ?? type;
            var names = (IReadOnlyList<string>)typeof(Wire).GetMethod(nameof(Wire.NamesOf))!.MakeGenericMethod(type).Invoke(null, null)!;
            Assert.Equal(names, q.Choices.Select(c => c.Value));
        }
    }

    [Fact]
    public void AnswersReadOutAndParseBackUnchanged()
    {
        Assert.Equal(Full, Questions.Parse(q => q.Read(Full)));
        var plain = TestCatalogue.Answers();
        Assert.Equal(plain, Questions.Parse(q => q.Read(plain)));
    }

    [Fact]
    public void AnUnansweredQuestionTakesItsDefault()
    {
        var parsed = Questions.Parse(q => q == Questions.TaskType ? "data-entry" : q == Questions.SkillLevel ? "basic"
            : q == Questions.MonthlyBudget ? "1000" : q == Questions.Location ? "any" : null);
        Assert.Equal(AnswerLimits.DefaultHoursPerMonth, parsed.HoursPerMonth);
        Assert.Equal(Engagement.Ongoing, parsed.Engagement);
        Assert.Null(parsed.Preset);
        Assert.Null(parsed.DataSensitivity);
    }

    [Fact]
    public void AValueEachQuestionRefusesGetsItsMessage()
    {
        Assert.Equal("Choose a data sensitivity from the list: low, moderate, high.", Questions.DataSensitivity.Problem("secret"));
        Assert.Equal("Your monthly budget can be at most the value of 10,000,000 US dollars.", Questions.MonthlyBudget.Problem("10000001"));
        Assert.Equal("Hours per month must be a whole number from 1 to 20,000.", Questions.HoursPerMonth.Problem("0"));
        Assert.Equal("The client name can be at most 120 characters.", Questions.ClientName.Problem(new string('a', 121)));
        Assert.Equal("Choose the skill level the work needs.", Questions.SkillLevel.Problem(null));
        Assert.Null(Questions.Goal.Problem(null));
    }

    [Fact]
    public void WhatIfTriesEveryOtherChoiceAndTheOtherSideOfAYesNo()
    {
        Assert.Equal(["low", "moderate"], Questions.DataSensitivity.WhatIfValues(Full, TestCatalogue.Real));
        Assert.Equal(["false"], Questions.OnSiteRequired.WhatIfValues(Full, TestCatalogue.Real));
        Assert.Empty(Questions.TaskType.WhatIfValues(Full, TestCatalogue.Real));
        Assert.Empty(Questions.ClientName.WhatIfValues(Full, TestCatalogue.Real));
    }

    [Fact]
    public void WhatIfNeverTriesANumberOutsideItsLimits()
    {
        var atTop = Full with { MonthlyBudget = AnswerLimits.MaxMonthlyBudget, HoursPerMonth = 1 };
        Assert.Equal(["5000000"], Questions.MonthlyBudget.WhatIfValues(atTop, TestCatalogue.Real));
        Assert.Equal(["2"], Questions.HoursPerMonth.WhatIfValues(atTop, TestCatalogue.Real));
    }

    [Fact]
    public void EveryValueWhatIfTriesIsPhrasedInWords()
    {
        foreach (var q in Questions.All)
            foreach (var value in q.WhatIfValues(TestCatalogue.Answers(), TestCatalogue.Real))
                Assert.DoesNotContain(" were " + value, q.Phrasing(value).Replace(q.Wire, ""));
        Assert.Equal("the data were of high sensitivity", Questions.DataSensitivity.Phrasing("high"));
        Assert.Equal("your budget were $8,000 a month", Questions.MonthlyBudget.Phrasing("8000"));
        // A budget given in pounds is phrased in pounds: the currency it was given in.
        Assert.Equal("your budget were £8,000 a month", Questions.MonthlyBudget.Phrasing("8000", TestCatalogue.Real.Countries!.CurrencyOf("GBP")));
        Assert.Equal("the work were a one-off job", Questions.Engagement.Phrasing("one-off"));
        Assert.Equal("you had no location preference", Questions.Location.Phrasing("any"));
    }

    [Fact]
    public void TheStepsAskEveryQuestionOnce()
    {
        // Every answer but the budgets' currency, which the questionnaire records rather than asks.
        Assert.Equal(Questions.All.Where(q => q != Questions.BudgetCurrency).Select(q => q.Name).Order(), Questions.InQuestionnaireOrder.Select(q => q.Name).Order());
        Assert.Equal(QuestionSteps.None, Questions.BudgetCurrency.Step);
        // Where the business is comes first, so the budgets can be asked in its currency.
        Assert.Equal([Questions.BusinessCountry, Questions.BusinessTimeZone, Questions.Currency], Questions.InQuestionnaireOrder.Take(3));
        foreach (var step in Questions.All.GroupBy(q => q.Step))
            Assert.Equal(step.Count(), step.Select(q => q.StepOrder).Distinct().Count());
    }
}
