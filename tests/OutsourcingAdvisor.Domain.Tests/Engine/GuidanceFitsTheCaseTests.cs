using CsCheck;
using OutsourcingAdvisor.Domain.Assessment;
using OutsourcingAdvisor.Domain.Catalogue;
using OutsourcingAdvisor.Domain.Costs;
using OutsourcingAdvisor.Domain.Scoring;
using OutsourcingAdvisor.Domain.Text;

namespace OutsourcingAdvisor.Domain.Tests.Engine;

/// <summary>
/// Issue 32, point 6: every item a report can list under "What to expect" and "First steps" appears exactly where
/// the answers make it relevant. Each item of models.json and locations.json, and each first step, is checked over
/// many answer sets against a rule stated here in plain terms, and must meet at least one answer set where it is
/// due and is listed, and at least one where it must not appear and is absent.
/// </summary>
public sealed class GuidanceFitsTheCaseTests
{
    private static AdvisorCatalogue Catalogue => TestCatalogue.Real;

    /// <summary>One item a report can list, and when it is due, read from the answers and the result.</summary>
    private sealed record Item(string List, string Text, Func<Case, bool> Due);

    /// <summary>One answer set with its result and guidance.</summary>
    private sealed record Case(AssessmentAnswers Answers, AssessmentResult Result, Guidance Guidance)
    {
        public ModelOption Model => Result.Recommendation.Model;
        public LocationOption Location => Result.Recommendation.Location;
        public bool Hire => Model == ModelOption.InHouse;
        public bool OneOff => Answers.Engagement == Engagement.OneOff;
        public bool Ongoing => Answers.Engagement == Engagement.Ongoing;
    }

    // The first steps, each with its rule as the issue states it: selection costs only for a contract that runs on,
    // the breach question only for highly sensitive data handed to a provider, and so on.
    private static readonly Item[] FirstSteps =
    [
        new("first steps", English.Guidance.WriteTheRole, c => c.Hire),
        new("first steps", English.Guidance.BuyInSmallPiecesMeanwhile, c => c.Hire),
        new("first steps", English.Guidance.StartSmall, c => !c.Hire && !c.OneOff),
        new("first steps", English.Guidance.DescribeTheProcess, c => c.Model == ModelOption.Bpo),
        new("first steps", English.Guidance.FixTheDeliverable, c => !c.Hire && (c.Model == ModelOption.Project || c.OneOff)),
        new("first steps", English.Guidance.BudgetForSelection, c => c.Ongoing && c.Model is ModelOption.Bpo or ModelOption.Kpo),
        new("first steps", English.Guidance.AgreeSharedHours, c => !c.Hire && c.Location != LocationOption.Onshore),
        new("first steps", English.Guidance.AskAboutBreaches, c => !c.Hire && c.Answers.DataSensitivity == DataSensitivity.High),
        new("first steps", English.Guidance.MultiSourcing,
            c => c.Model is ModelOption.Bpo or ModelOption.Kpo && c.Answers.Scope == WorkScope.WholeProcess && c.Ongoing),
    ];

    /// <summary>What a note's "when" means, in the answers' and the sources' terms.</summary>
    private static bool Holds(string condition, Case c, LocationOption band) => condition switch
    {
        NoteConditions.SensitiveData => c.Answers.DataSensitivity is not DataSensitivity.Low,
        NoteConditions.CustomerFacing => c.Answers.CustomerFacing ?? Catalogue.CategoryFor(c.Answers.TaskType)!.Office == Office.Front,
        NoteConditions.CheaperThanOnshore => !Dearer(c, band),
        NoteConditions.OnshoreDearest => Catalogue.Locations.All(l => l.Key == LocationOption.Onshore || !Dearer(c, l.Key)),
        NoteConditions.WholeProcess => c.Answers.Scope is not WorkScope.SingleTask,
        NoteConditions.Ongoing => !c.OneOff,
        _ => throw new InvalidOperationException($"The test knows no condition '{condition}'."),
    };

    /// <summary>
    /// Whether the sources' unit prices for this work put a band above onshore, comparing the middles of the two ranges;
    /// without a price on either side nothing says so.
    /// </summary>
    private static bool Dearer(Case c, LocationOption band)
    {
        var costs = ScoringEngine.CostsFor(c.Answers, Catalogue, OwnerSetting.For(c.Answers, Catalogue));
        BandPrice? At(LocationOption l) => costs?.Bands[Catalogue.IndexOf(l)].Price;
        return At(band) is { } p && At(LocationOption.Onshore) is { } on && (p.Low + p.High) / 2 >= (on.Low + on.High) / 2;
    }

    /// <summary>Every strength and risk of every model and location, due where its model or band is recommended and its "when" holds.</summary>
    private static IEnumerable<Item> Notes()
    {
        foreach (var m in Catalogue.Document.Models)
        {
            foreach (var (list, notes) in new[] { ("model strengths", m.Strengths), ("model risks", m.Risks) })
                foreach (var n in notes)
                    yield return new(list, n.Text, c => c.Model == m.Key && n.When.All(w => Holds(w, c, c.Location)));
        }
        foreach (var l in Catalogue.Locations)
        {
            foreach (var (list, notes) in new[] { ("location strengths", l.Strengths), ("location risks", l.Risks) })
                foreach (var n in notes)
                    // A hire works where the owner is: no band's strengths or risks are due for it.
                    yield return new(list, n.Text, c => !c.Hire && c.Location == l.Key && n.When.All(w => Holds(w, c, l.Key)));
        }
    }

    private static IReadOnlyList<SourcedText> Listed(Guidance g, string list) => list switch
    {
        "model strengths" => g.ModelStrengths,
        "model risks" => g.ModelRisks,
        "location strengths" => g.LocationStrengths,
        "location risks" => g.LocationRisks,
        _ => g.FirstSteps,
    };

    private static readonly string?[] Countries = [null, "US", "GB", "DE", "JP", "IN", "BR", "PL"];

    /// <summary>Random answers (with the business in one of several countries), then a fixed set that reaches the rarer cases.</summary>
    private static List<Case> Cases()
    {
        var sampled = new System.Collections.Concurrent.ConcurrentBag<AssessmentAnswers>();
        var gen = from a in AnswerGen.Answers
                  from country in Gen.OneOf<string?>(Countries)
                  select a with { BusinessCountry = country };
        gen.Sample(sampled.Add, iter: 1500);
        var answers = sampled.ToList();
        foreach (var slug in Catalogue.Categories.Select(c => c.Slug))
            foreach (var engagement in Enum.GetValues<Engagement>())
                foreach (var sensitivity in new DataSensitivity?[] { DataSensitivity.Low, DataSensitivity.High, null })
                    foreach (var (skill, location, budget) in new[]
                             {
                                 (SkillLevel.Basic, PreferredLocation.Any, 4_000m), (SkillLevel.Expert, PreferredLocation.Offshore, 20_000m),
                                 (SkillLevel.Intermediate, PreferredLocation.Nearshore, 8_000m), (SkillLevel.Expert, PreferredLocation.Onshore, 60_000m),
                             })
                        answers.Add(new AssessmentAnswers
                        {
                            TaskType = slug, SkillLevel = skill, MonthlyBudget = budget, Location = location, Engagement = engagement,
                            DataSensitivity = sensitivity, Scope = engagement == Engagement.Ongoing ? WorkScope.WholeProcess : WorkScope.SingleTask,
                            Reliance = skill == SkillLevel.Expert && engagement == Engagement.Ongoing ? Reliance.Continuous : null,
                            BusinessCountry = Countries[(slug.Length + (int)engagement) % Countries.Length],
                        });
        return [.. answers.Select(a =>
        {
            var r = ScoringEngine.Assess(a, Catalogue, whatIf: false);
            return new Case(a, r, AdviceGuidance.For(r, a, Catalogue));
        })];
    }

    private static readonly Lazy<List<Case>> AllCases = new(Cases);

    public static TheoryData<string> ItemKeys()
    {
        var data = new TheoryData<string>();
        foreach (var i in Notes().Concat(FirstSteps)) data.Add($"{i.List}: {i.Text}");
        return data;
    }

    [Theory]
    [MemberData(nameof(ItemKeys))]
    public void AnItemIsListedExactlyWhereItIsDueAndBothCasesOccur(string key)
    {
        var item = Notes().Concat(FirstSteps).First(i => $"{i.List}: {i.Text}" == key);
        int listedWhereDue = 0, absentWhereNotDue = 0;
        foreach (var c in AllCases.Value)
        {
            var due = item.Due(c);
            var listed = Listed(c.Guidance, item.List).Any(s => s.Text == item.Text);
            Assert.True(due == listed, $"{(listed ? "Listed" : "Missing")} for {c.Answers.TaskType}, {c.Model}, {c.Location}, "
                + $"{c.Answers.Engagement}, scope {c.Answers.Scope}, data {c.Answers.DataSensitivity}, customers {c.Answers.CustomerFacing}, country {c.Answers.BusinessCountry}");
            if (due) listedWhereDue++; else absentWhereNotDue++;
        }
        Assert.True(listedWhereDue > 0, "No answer set made it due: the test cannot show it is listed.");
        Assert.True(absentWhereNotDue > 0, "Every answer set made it due: the test cannot show it is left out.");
    }

    [Fact]
    public void EveryItemTheReportCanListIsChecked()
    {
        // The step list above and the catalogue's notes are every text AdviceGuidance can put in a list.
        var checkedTexts = Notes().Concat(FirstSteps).Select(i => i.Text).ToHashSet();
        var listed = AllCases.Value.SelectMany(c => c.Guidance.ModelStrengths.Concat(c.Guidance.ModelRisks)
            .Concat(c.Guidance.LocationStrengths).Concat(c.Guidance.LocationRisks).Concat(c.Guidance.FirstSteps)).Select(s => s.Text).Distinct();
        Assert.All(listed, t => Assert.Contains(t, checkedTexts));
        // A data-breach warning and the selection cost sit among the conditioned items, as the issue asks.
        Assert.Contains(Notes(), n => n.Text.Contains("breach", StringComparison.Ordinal));
    }
}
