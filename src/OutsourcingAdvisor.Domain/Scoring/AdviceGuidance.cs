using OutsourcingAdvisor.Domain.Assessment;
using OutsourcingAdvisor.Domain.Catalogue;
using OutsourcingAdvisor.Domain.Costs;
using OutsourcingAdvisor.Domain.Text;

namespace OutsourcingAdvisor.Domain.Scoring;

/// <summary>One sentence of advice in our words with the source it rests on.</summary>
public sealed record SourcedText(string Text, string Source);

/// <summary>Strengths and risks of the recommended model and location, and first steps to take.</summary>
public sealed record Guidance(
    IReadOnlyList<SourcedText> ModelStrengths,
    IReadOnlyList<SourcedText> ModelRisks,
    IReadOnlyList<SourcedText> LocationStrengths,
    IReadOnlyList<SourcedText> LocationRisks,
    IReadOnlyList<SourcedText> FirstSteps);

/// <summary>
/// What to expect of the recommended model and location (the catalogue's data: models.json and locations.json),
/// and the first steps to take; each only where the answers make it relevant (a note's "when", a step's rule).
/// </summary>
public static class AdviceGuidance
{
    public static Guidance For(AssessmentResult result, AssessmentAnswers answers, AdvisorCatalogue catalogue)
    {
        var model = result.Recommendation.Model;
        var hire = model == ModelOption.InHouse;
        var location = catalogue.Location(result.Recommendation.Location);
        var facts = new Facts(answers, catalogue, location.Key);
        // A catalogue stored before the models' strengths and risks were data holds none: the report then lists none.
        var profile = catalogue.FindModel(model);
        // A hire works where the owner is: no delivery location's strengths or risks apply to it.
        return new Guidance(
            Applying(profile?.Strengths, facts),
            Applying(profile?.Risks, facts),
            hire ? [] : Applying(location.Strengths, facts),
            hire ? [] : Applying(location.Risks, facts),
            FirstSteps(model, location.Key, answers));
    }

    private static List<SourcedText> Applying(IEnumerable<SourcedNote>? notes, Facts facts) =>
        [.. (notes ?? []).Where(n => n.When.All(facts.Holds)).Select(n => new SourcedText(n.Text, n.Source))];

    /// <summary>What the notes' conditions read: the answers, and the sources' prices by band for this work.</summary>
    private sealed class Facts(AssessmentAnswers answers, AdvisorCatalogue catalogue, LocationOption band)
    {
        private CostPicture? _costs;
        private bool _costsRead;

        private CostPicture? Costs
        {
            get
            {
                if (!_costsRead) { _costs = ScoringEngine.CostsFor(answers, catalogue, OwnerSetting.For(answers, catalogue)); _costsRead = true; }
                return _costs;
            }
        }

        private BandPrice? PriceAt(LocationOption option) =>
            Costs is { } c && catalogue.IndexOf(option) is var i and >= 0 ? c.Bands[i].Price : null;

        public bool Holds(string condition) => condition switch
        {
            NoteConditions.SensitiveData => answers.DataSensitivity != DataSensitivity.Low,
            NoteConditions.CustomerFacing => answers.CustomerFacing ?? catalogue.CategoryFor(answers.TaskType)?.Office == Office.Front,
            NoteConditions.CheaperThanOnshore => CostModel.Cheaper(PriceAt(band), PriceAt(LocationOption.Onshore)) != false,
            NoteConditions.OnshoreDearest => catalogue.Locations.Where(l => l.Key != LocationOption.Onshore)
                .All(l => CostModel.Cheaper(PriceAt(l.Key), PriceAt(LocationOption.Onshore)) != false),
            NoteConditions.WholeProcess => answers.Scope != WorkScope.SingleTask,
            NoteConditions.Ongoing => answers.Engagement != Engagement.OneOff,
            _ => throw new InvalidOperationException($"Unknown condition '{condition}'."),
        };
    }

    /// <summary>The first steps, each only where it fits: see <see cref="English.Guidance"/> for the words.</summary>
    private static List<SourcedText> FirstSteps(ModelOption model, LocationOption location, AssessmentAnswers answers)
    {
        var steps = new List<SourcedText>();
        var oneOff = answers.Engagement == Engagement.OneOff;
        if (model == ModelOption.InHouse)
        {
            steps.Add(new(English.Guidance.WriteTheRole, "ref-konnect-2023"));
            steps.Add(new(English.Guidance.BuyInSmallPiecesMeanwhile, "doc-003"));
        }
        else
        {
            // A one-off job is already one piece of work: there is nothing smaller to try first.
            if (!oneOff) steps.Add(new(English.Guidance.StartSmall, "doc-003"));
            if (model == ModelOption.Bpo) steps.Add(new(English.Guidance.DescribeTheProcess, "doc-003"));
            // A project, or any one-off job, is judged by its deliverable.
            if (model == ModelOption.Project || oneOff) steps.Add(new(English.Guidance.FixTheDeliverable, "doc-003"));
            // Choosing a provider costs a share of a year's contract: only a contract that runs for a year has one.
            if (answers.Engagement == Engagement.Ongoing && model != ModelOption.Project)
                steps.Add(new(English.Guidance.BudgetForSelection, "ref-cio-2003"));
        }
        if (model != ModelOption.InHouse && location != LocationOption.Onshore)
            steps.Add(new(English.Guidance.AgreeSharedHours, "ref-manageph"));
        if (answers.DataSensitivity == DataSensitivity.High && model != ModelOption.InHouse)
            steps.Add(new(English.Guidance.AskAboutBreaches, "ref-ponemon-riskrecon"));
        // Splitting a process between providers only arises for a whole process handed over for the long term.
        if (model is ModelOption.Bpo or ModelOption.Kpo && answers.Scope == WorkScope.WholeProcess && answers.Engagement == Engagement.Ongoing)
            steps.Add(new(English.Guidance.MultiSourcing, "doc-004"));
        return steps;
    }
}
