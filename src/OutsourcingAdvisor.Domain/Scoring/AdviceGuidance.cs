using OutsourcingAdvisor.Domain.Assessment;
using OutsourcingAdvisor.Domain.Catalogue;

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

/// <summary>What to expect of each way of handing work off, from the documents' benefits and drawbacks.</summary>
public static class AdviceGuidance
{
    private static readonly Dictionary<ModelOption, (SourcedText[] Strengths, SourcedText[] Risks)> Models = new()
    {
        [ModelOption.Bpo] = (
            [
                new("Lower running costs: you stop paying for the staff, space and tools the process needed.", "doc-001"),
                new("Capacity follows demand, up or down, without hiring or letting people go.", "doc-001"),
                new("Providers run the same process for many clients and pass on part of that scale saving.", "doc-003"),
                new("Your own team keeps its time for the work that sets your business apart.", "doc-001"),
            ],
            [
                new("Setting up takes longer than a one-off job and needs more managing in the first months.", "doc-003"),
                new("Once a whole process is handed over, quick changes are harder to make.", "doc-003"),
                new("Most early contract exits are blamed on service quality (71% in one survey), so agree quality measures before you sign.", "ref-deloitte-2012"),
            ]),
        [ModelOption.Kpo] = (
            [
                new("Specialist knowledge and skills that your team does not have today.", "doc-001"),
                new("Outside experts bring methods and ideas that can improve how you work.", "doc-001"),
                new("Your team can spend its time on strategy while experts do the analysis.", "doc-001"),
            ],
            [
                new("Expert work costs far more than BPO: you pay for knowledge, not volume.", "doc-000"),
                new("If you end up relying on it all the time, hiring your own expert may cost less.", "doc-000"),
                new("The provider sees sensitive data and plans; 59% of firms in one survey had a breach caused by a vendor.", "ref-ponemon-2018"),
            ]),
        [ModelOption.Project] = (
            [
                new("Quick to start and flexible: you bring help in only for this piece of work.", "doc-003"),
                new("Little upfront cost and no long-term commitment.", "doc-003"),
            ],
            [
                new("You have less control over how the work is done, and quality can vary between providers.", "doc-003"),
                new("Someone on your side still has to manage the project and check the result.", "doc-003"),
            ]),
        [ModelOption.InHouse] = (
            [
                new("When you need the skill all the time, a hire of your own is the better buy.", "doc-000"),
                new("The knowledge stays in your company, and the work and data stay under your control.", "doc-000"),
            ],
            [
                new("An employee costs the wage plus 25% to 40% in on-costs every month, busy or not.", "ref-konnect-2023"),
                new("Hiring takes time and adds a full-time commitment, which outsourcing avoids.", "doc-000"),
            ]),
    };

    public static Guidance For(AssessmentResult result, AssessmentAnswers answers, AdvisorCatalogue catalogue)
    {
        var model = result.Recommendation.Model;
        var location = catalogue.Location(result.Recommendation.Location);
        var (strengths, risks) = Models[model];
        return new Guidance(
            strengths,
            risks,
            [.. location.Strengths.Select(n => new SourcedText(n.Text, n.Source))],
            [.. location.Risks.Select(n => new SourcedText(n.Text, n.Source))],
            FirstSteps(model, location.Key, answers));
    }

    private static List<SourcedText> FirstSteps(ModelOption model, string location, AssessmentAnswers answers)
    {
        var steps = new List<SourcedText>();
        if (model == ModelOption.InHouse)
        {
            steps.Add(new("Write the role from the tasks you now buy in, and compare its loaded cost with what you pay outside.", "ref-konnect-2023"));
            steps.Add(new("Until the hire starts, keep buying the work in small, well-defined pieces.", "doc-003"));
        }
        else
        {
            steps.Add(new("Start small: hand over one minor, well-defined piece of work and see how it goes before giving more.", "doc-003"));
            if (model == ModelOption.Bpo)
                steps.Add(new("Describe the whole process, its volumes and the quality measures you expect before you ask for quotes.", "doc-003"));
            if (model == ModelOption.Project)
                steps.Add(new("Fix the deliverable, the deadline and who checks the result before the work starts.", "doc-003"));
            steps.Add(new("Budget for choosing the provider: selection can cost 0.2% to 2% of a year's contract value.", "ref-cio-2003"));
        }
        if (model != ModelOption.InHouse && location != LocationKeys.Onshore)
            steps.Add(new("Agree which hours you will share with the provider and how hand-overs work across the time difference.", "ref-manageph"));
        if (answers.DataSensitivity == DataSensitivity.High)
            steps.Add(new("Ask how and how fast the provider would tell you of a data breach: only 34% of firms trust a supplier to do so.", "ref-ponemon-riskrecon"));
        steps.Add(new("If you split the work between several providers (multi-sourcing), first decide which metrics matter and who governs them.", "doc-004"));
        return steps;
    }
}
