using OutsourcingAdvisor.Domain.Assessment;
using OutsourcingAdvisor.Domain.Catalogue;
using OutsourcingAdvisor.Domain.Scoring;

namespace OutsourcingAdvisor.Domain.Tests;

/// <summary>Runs one criterion on its own and returns the points it gave each option.</summary>
public sealed class CriterionRun
{
    private readonly ScoreSheet _sheet;

    private CriterionRun(ScoreSheet sheet) => _sheet = sheet;

    public static CriterionRun Of(ICriterion criterion, AssessmentAnswers answers, AdvisorCatalogue? catalogue = null)
    {
        catalogue ??= TestCatalogue.Real;
        var category = catalogue.FindCategory(answers.TaskType)!;
        var inHouse = CostEstimator.InHouse(category, answers.HoursPerMonth, catalogue.Thresholds);
        var costs = OptionNames.Locations.Select(l => CostEstimator.AtLocation(category, catalogue.Location(l), answers.HoursPerMonth, inHouse)).ToArray();
        var sheet = new ScoreSheet(catalogue.Thresholds, catalogue.FindPreset("balanced")!, explain: true);
        sheet.Begin(criterion.Id);
        criterion.Score(new ScoringContext(answers, category, catalogue, costs, inHouse), sheet);
        return new CriterionRun(sheet);
    }

    public double Points(ModelOption o) => Sum(_sheet.ModelReasons((int)o));
    public double Points(LocationOption o) => Sum(_sheet.LocationReasons((int)o));
    public bool Excluded(LocationOption o) => _sheet.IsExcluded((int)o);
    public IReadOnlyList<Reason> Reasons(ModelOption o) => _sheet.ModelReasons((int)o);
    public IReadOnlyList<Reason> Reasons(LocationOption o) => _sheet.LocationReasons((int)o);
    public IReadOnlyList<Reason> AllReasons =>
        [.. Enum.GetValues<ModelOption>().SelectMany(Reasons), .. Enum.GetValues<LocationOption>().SelectMany(Reasons)];

    private static double Sum(IReadOnlyList<Reason> reasons) => reasons.Sum(r => r.Points);
}
