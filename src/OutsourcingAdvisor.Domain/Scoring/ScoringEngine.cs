using OutsourcingAdvisor.Domain.Assessment;
using OutsourcingAdvisor.Domain.Catalogue;
using OutsourcingAdvisor.Domain.Scoring.Criteria;

namespace OutsourcingAdvisor.Domain.Scoring;

/// <summary>
/// Ranks the sourcing models and locations for one set of answers. Pure: the same answers and catalogue give the
/// same result, with no clock, database or I/O. Scores are 0 to 100: each option starts level at 50 and the
/// criteria's points move it along a logistic curve, so the order follows the points and no score leaves the range.
/// </summary>
public static class ScoringEngine
{
    /// <summary>The criteria, in the order the report shows them.</summary>
    public static readonly IReadOnlyList<ICriterion> ModelCriteria =
    [
        new NatureOfWorkCriterion(), new SkillLevelCriterion(), new GoalCriterion(), new EngagementCriterion(),
        new RelianceCriterion(), new CoverageCriterion(), new BudgetCriterion(), new DataSensitivityCriterion(),
        new WorkSiteCriterion(),
    ];

    public static readonly IReadOnlyList<ICriterion> LocationCriteria =
    [
        new LocationCostCriterion(), new WorkingHoursCriterion(), new LocationDataSensitivityCriterion(),
        new OnSiteCriterion(), new CustomerLanguageCriterion(), new PreferenceCriterion(), new BudgetFitCriterion(),
    ];

    public static readonly IReadOnlyList<ICriterion> AllCriteria = [.. ModelCriteria, .. LocationCriteria];

    public static readonly IReadOnlyCollection<string> CriterionIds = AllCriteria.Select(c => c.Id).ToHashSet();

    public static AssessmentResult Assess(AssessmentAnswers answers, AdvisorCatalogue catalogue, bool whatIf = true)
    {
        var run = Evaluate(answers, catalogue, explain: true);
        var changes = whatIf ? WhatIfAnalysis.Find(answers, catalogue, run.Model, run.Location) : [];
        return run.ToResult(answers, catalogue, changes);
    }

    /// <summary>
    /// Only the recommended model and location, without reasons: what the what-if analysis needs. Costs for
    /// the same task and hours can be passed in, since most what-if variants share them.
    /// </summary>
    public static (int Model, int Location) Decide(AssessmentAnswers answers, AdvisorCatalogue catalogue, Costs? costs = null)
    {
        var (_, _, _, sheet) = Score(answers, catalogue, explain: false, costs);
        var t = catalogue.Thresholds;
        int model = 0, location = -1;
        double best = double.NegativeInfinity;
        for (var i = 0; i < 4; i++)
        {
            var score = ToScore(sheet.ModelPoints(i), t.ScoreSpread);
            if (score > best) { best = score; model = i; }
        }
        best = double.NegativeInfinity;
        for (var i = 0; i < 3; i++)
        {
            if (sheet.IsExcluded(i)) continue;
            var score = ToScore(sheet.LocationPoints(i), t.ScoreSpread);
            if (score > best) { best = score; location = i; }
        }
        return (model, location < 0 ? 0 : location);
    }

    /// <summary>Monthly cost at each location and in-house, for one task type and number of hours.</summary>
    public sealed record Costs(MoneyRange? InHouse, MoneyRange?[] AtLocation);

    public static Costs CostsFor(ServiceCategory category, int hoursPerMonth, AdvisorCatalogue catalogue)
    {
        var inHouse = CostEstimator.InHouse(category, hoursPerMonth, catalogue.Thresholds);
        var atLocation = new MoneyRange?[3];
        for (var i = 0; i < 3; i++)
            atLocation[i] = CostEstimator.AtLocation(category, catalogue.Location((LocationOption)i), hoursPerMonth, inHouse);
        return new Costs(inHouse, atLocation);
    }

    private static (ServiceCategory Category, WeightPreset Preset, Costs Costs, ScoreSheet Sheet) Score(AssessmentAnswers answers, AdvisorCatalogue catalogue, bool explain, Costs? costs)
    {
        var category = catalogue.CategoryFor(answers.TaskType)
            ?? throw new ArgumentException($"Unknown task type '{answers.TaskType}'.", nameof(answers));
        var preset = catalogue.FindPreset(answers.Preset ?? catalogue.DefaultPreset)
            ?? throw new ArgumentException($"Unknown weight preset '{answers.Preset}'.", nameof(answers));
        costs ??= CostsFor(category, answers.HoursPerMonth, catalogue);

        var context = new ScoringContext(answers, category, catalogue, costs.AtLocation, costs.InHouse);
        var sheet = new ScoreSheet(catalogue.Thresholds, preset, explain);
        var weights = WeightsOf(preset);
        for (var i = 0; i < AllCriteria.Count; i++)
        {
            sheet.Begin(AllCriteria[i].Id, weights[i]);
            AllCriteria[i].Score(context, sheet);
        }
        return (category, preset, costs, sheet);
    }

    // A preset's weights in criterion order, looked up once per preset rather than by name on every run.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<WeightPreset, double[]> Weights = new();

    private static double[] WeightsOf(WeightPreset preset) =>
        Weights.GetValue(preset, p => [.. AllCriteria.Select(c => p.WeightOf(c.Id))]);

    private static Evaluation Evaluate(AssessmentAnswers answers, AdvisorCatalogue catalogue, bool explain)
    {
        var (category, preset, costs, sheet) = Score(answers, catalogue, explain, null);
        var t = catalogue.Thresholds;

        var modelScores = new double[4];
        for (var i = 0; i < 4; i++) modelScores[i] = ToScore(sheet.ModelPoints(i), t.ScoreSpread);
        var locationScores = new double[3];
        for (var i = 0; i < 3; i++) locationScores[i] = ToScore(sheet.LocationPoints(i), t.ScoreSpread);

        var modelOrder = Order(modelScores, _ => false);
        var locationOrder = Order(locationScores, sheet.IsExcluded);
        return new Evaluation(category, preset, sheet, costs.AtLocation, costs.InHouse, modelScores, locationScores, modelOrder, locationOrder);
    }

    /// <summary>Best first; excluded options last; ties keep the fixed option order (BPO before KPO, onshore first).</summary>
    private static int[] Order(double[] scores, Func<int, bool> excluded)
    {
        var order = new int[scores.Length];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        Array.Sort(order, (x, y) =>
        {
            var byExclusion = excluded(x).CompareTo(excluded(y));
            if (byExclusion != 0) return byExclusion;
            var byScore = scores[y].CompareTo(scores[x]);
            return byScore != 0 ? byScore : x.CompareTo(y);
        });
        return order;
    }

    private static double ToScore(double points, double spread) =>
        ScoreSheet.Round(100.0 / (1.0 + Math.Exp(-points / spread)));

    private sealed record Evaluation(
        ServiceCategory Category,
        WeightPreset Preset,
        ScoreSheet Sheet,
        MoneyRange?[] Costs,
        MoneyRange? InHouse,
        double[] ModelScores,
        double[] LocationScores,
        int[] ModelOrder,
        int[] LocationOrder)
    {
        public int Model => ModelOrder[0];
        public int Location => LocationOrder[0];

        public AssessmentResult ToResult(AssessmentAnswers answers, AdvisorCatalogue catalogue, IReadOnlyList<WhatIfChange> whatIf)
        {
            var model = OptionNames.Models[Model];
            var location = OptionNames.Locations[Location];
            var specialization = Category.Specialization is not null && model is ModelOption.Kpo or ModelOption.Bpo ? Category.Specialization : null;
            var lead = ScoreSheet.Round(ModelScores[ModelOrder[0]] - ModelScores[ModelOrder[1]]);
            var t = catalogue.Thresholds;
            var leadStrength = lead >= t.ClearLead ? LeadStrength.Clear : lead >= t.CloseLead ? LeadStrength.Moderate : LeadStrength.Close;

            var models = ModelOrder.Select(i => new ModelScore(OptionNames.Models[i], ModelScores[i], Sheet.ModelReasons(i))).ToList();
            var locations = LocationOrder.Select(i =>
            {
                var p = catalogue.Location(OptionNames.Locations[i]);
                return new LocationScore(OptionNames.Locations[i], LocationScores[i], Sheet.IsExcluded(i), Sheet.Exclusions(i),
                    Sheet.LocationReasons(i), Costs[i], new HoursRange(p.OverlapHours.Min, p.OverlapHours.Max));
            }).ToList();

            return new AssessmentResult(
                catalogue.Version,
                Preset.Name,
                new RecommendedOption(model, specialization, location),
                lead,
                leadStrength,
                models,
                locations,
                Cost(answers, catalogue, model),
                whatIf,
                PreferenceNote(answers, locations));
        }

        private CostSummary Cost(AssessmentAnswers answers, AdvisorCatalogue catalogue, ModelOption model)
        {
            var price = Category.Price;
            var cost = Costs[Location];
            var location = OptionNames.Locations[Location];
            var sources = new List<string>();
            if (price is not null) sources.AddRange(price.Sources);
            if (price is not null && price.Unit != PriceUnits.PercentBelowInHouse)
                sources.AddRange(catalogue.Location(location).CostFactor.Sources);
            if (InHouse is not null) { sources.AddRange(Category.InHouseWage!.Sources); sources.AddRange(catalogue.Thresholds.LoadedCostSources); }

            string note;
            if (price is null)
                note = $"The sources give no price for {Category.Name}, so this report makes no cost estimate rather than guess one.";
            else if (cost is null)
                note = $"The sources price {Category.Name} only as {price.Min:0}–{price.Max:0}% below the in-house cost, and the catalogue has no in-house wage for it, so there is no dollar estimate.";
            else
                note = price.Unit switch
                {
                    PriceUnits.Hour => $"{answers.HoursPerMonth} hours a month at ${price.Min:N0}–${price.Max:N0} an hour, scaled to {location} prices.",
                    PriceUnits.Month => $"A monthly fee of ${price.Min:N0}–${price.Max:N0}, scaled to {location} prices.",
                    _ => $"{price.Min:0}–{price.Max:0}% below the in-house cost.",
                };
            if (model == ModelOption.InHouse)
                note += InHouse is null ? " The catalogue has no wage for hiring this role, so the in-house cost is not estimated." : " The in-house figure is the cost of the hire you are advised to make.";

            return new CostSummary(
                "USD", cost?.Low, cost?.High,
                cost is null ? null : cost.High <= answers.MonthlyBudget,
                InHouse?.Low, InHouse?.High,
                price?.Unit, price?.Provenance,
                sources.Distinct().ToList(),
                note);
        }

        private string? PreferenceNote(AssessmentAnswers answers, List<LocationScore> locations)
        {
            if (answers.Location == PreferredLocation.Any) return null;
            var wanted = Wire.Name(answers.Location);
            var rank = locations.FindIndex(l => l.Location == wanted);
            var entry = locations[rank];
            if (entry.Excluded)
                return $"You asked for {wanted} delivery, but it is ruled out: {string.Join(" ", entry.Exclusions.Select(e => e.Text))}";
            if (rank == 0) return null;
            var against = entry.Reasons.Where(r => r.Points < 0).OrderBy(r => r.Points).Take(2).Select(r => r.Text).ToList();
            var winner = locations[0];
            var why = against.Count > 0
                ? $" Mainly: {string.Join(" ", against)}"
                : $" {OptionNames.ShortLabel(winner.Location)} simply gathered more points from your other answers.";
            return $"You asked for {wanted} delivery; it ranks {Ordinal(rank + 1)} with {entry.Score:0.#} against {winner.Score:0.#} for {winner.Location}.{why}";
        }

        private static string Ordinal(int n) => n switch { 2 => "second", 3 => "third", _ => $"#{n}" };
    }
}
