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

/// <summary>
/// What to expect of the recommended model and location (the catalogue's data: models.json and locations.json),
/// and the first steps to take.
/// </summary>
public static class AdviceGuidance
{
    public static Guidance For(AssessmentResult result, AssessmentAnswers answers, AdvisorCatalogue catalogue)
    {
        var model = result.Recommendation.Model;
        var location = catalogue.Location(result.Recommendation.Location);
        // A catalogue stored before the models' strengths and risks were data holds none: the report then lists none.
        var profile = catalogue.FindModel(model);
        return new Guidance(
            [.. (profile?.Strengths ?? []).Select(n => new SourcedText(n.Text, n.Source))],
            [.. (profile?.Risks ?? []).Select(n => new SourcedText(n.Text, n.Source))],
            [.. location.Strengths.Select(n => new SourcedText(n.Text, n.Source))],
            [.. location.Risks.Select(n => new SourcedText(n.Text, n.Source))],
            FirstSteps(model, location.Key, answers));
    }

    private static List<SourcedText> FirstSteps(ModelOption model, LocationOption location, AssessmentAnswers answers)
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
        if (model != ModelOption.InHouse && location != LocationOption.Onshore)
            steps.Add(new("Agree which hours you will share with the provider and how hand-overs work across the time difference.", "ref-manageph"));
        if (answers.DataSensitivity == DataSensitivity.High)
            steps.Add(new("Ask how and how fast the provider would tell you of a data breach: only 34% of firms trust a supplier to do so.", "ref-ponemon-riskrecon"));
        steps.Add(new("If you split the work between several providers (multi-sourcing), first decide which metrics matter and who governs them.", "doc-004"));
        return steps;
    }
}
