using OutsourcingAdvisor.Domain.Assessment;
using OutsourcingAdvisor.Domain.Catalogue;
using OutsourcingAdvisor.Domain.Costs;
using OutsourcingAdvisor.Domain.Scoring.Criteria;
using OutsourcingAdvisor.Domain.Text;

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

    /// <summary>The date used when the caller gives none (tests and benchmarks); the app always passes today's.</summary>
    public static readonly DateOnly ReferenceDate = new(2026, 1, 15);

    public static AssessmentResult Assess(AssessmentAnswers answers, AdvisorCatalogue catalogue, bool whatIf = true)
    {
        var run = Evaluate(answers, catalogue, explain: true);
        var changes = whatIf ? WhatIfAnalysis.Find(answers, catalogue, run.Model, run.Location) : [];
        return run.ToResult(answers, catalogue, changes);
    }

    /// <summary>Only the recommended model and location, without reasons: what the what-if analysis needs.</summary>
    public static (int Model, int Location) Decide(AssessmentAnswers answers, AdvisorCatalogue catalogue)
    {
        var (category, _, costs, sheet, _) = Score(answers, catalogue, explain: false);
        var t = catalogue.Thresholds;
        var modelScores = new double[OptionNames.Models.Length];
        for (var i = 0; i < modelScores.Length; i++) modelScores[i] = ToScore(sheet.ModelPoints(i), t.ScoreSpread);
        var locationScores = new double[catalogue.Bands.Count];
        for (var i = 0; i < locationScores.Length; i++) locationScores[i] = ToScore(sheet.LocationPoints(i), t.ScoreSpread);
        var model = Best(modelScores, new ModelRule(answers, category, costs, locationScores, sheet));
        var location = model == (int)ModelOption.InHouse && catalogue.IndexOf(LocationOption.Onshore) is var home and >= 0 ? home
            : Best(locationScores, new LocationRule(answers, costs, catalogue, sheet));
        return (model, location);
    }

    private static (ServiceCategory Category, WeightPreset Preset, CostPicture? Costs, ScoreSheet Sheet, Countries.OwnerBands? Owner) Score(AssessmentAnswers answers, AdvisorCatalogue catalogue, bool explain)
    {
        var category = catalogue.CategoryFor(answers.TaskType)
            ?? throw new ArgumentException($"Unknown task type '{answers.TaskType}'.", nameof(answers));
        var preset = catalogue.FindPreset(answers.Preset ?? catalogue.DefaultPreset)
            ?? throw new ArgumentException($"Unknown weight preset '{answers.Preset}'.", nameof(answers));
        // Onshore work and a hire are bought in the owner's own country: their prices follow its price level.
        var owner = OwnerSetting.For(answers, catalogue);
        var costs = CostsFor(answers, catalogue, owner);

        var context = new ScoringContext(answers, category, catalogue, costs, owner);
        var sheet = new ScoreSheet(catalogue, preset, explain);
        var weights = WeightsOf(preset);
        for (var i = 0; i < AllCriteria.Count; i++)
        {
            sheet.Begin(AllCriteria[i].Id, weights[i]);
            AllCriteria[i].Score(context, sheet);
        }
        return (category, preset, costs, sheet, owner);
    }

    /// <summary>The costs the engine sets these answers against: onshore and a hire at the owner's price level.</summary>
    public static CostPicture? CostsFor(AssessmentAnswers answers, AdvisorCatalogue catalogue, Countries.OwnerBands? owner) =>
        CostPicture.For(answers, catalogue, owner?.Onshore.Factor ?? 1m,
            owner is { Owner.Country.Code: var code } && code != catalogue.Countries!.WageRatio.BaseCountry ? code : null);

    // A preset's weights in criterion order, looked up once per preset rather than by name on every run.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<WeightPreset, double[]> Weights = new();

    private static double[] WeightsOf(WeightPreset preset) =>
        Weights.GetValue(preset, p => [.. AllCriteria.Select(c => p.WeightOf(c.Id))]);

    private static Evaluation Evaluate(AssessmentAnswers answers, AdvisorCatalogue catalogue, bool explain)
    {
        var (category, preset, costs, sheet, owner) = Score(answers, catalogue, explain);
        var t = catalogue.Thresholds;

        var modelScores = new double[OptionNames.Models.Length];
        for (var i = 0; i < modelScores.Length; i++) modelScores[i] = ToScore(sheet.ModelPoints(i), t.ScoreSpread);
        var locationScores = new double[catalogue.Bands.Count];
        for (var i = 0; i < locationScores.Length; i++) locationScores[i] = ToScore(sheet.LocationPoints(i), t.ScoreSpread);

        var modelOrder = Order(modelScores, sheet.IsModelExcluded, (x, y) => ModelTie(x, y, answers, category, costs, locationScores, sheet));
        var locationOrder = Order(locationScores, sheet.IsExcluded, (x, y) => LocationTie(x, y, answers, costs, catalogue));
        return new Evaluation(category, preset, sheet, costs, modelScores, locationScores, modelOrder, locationOrder, catalogue.IndexOf(LocationOption.Onshore), owner);
    }

    /// <summary>Best first; excluded options last; options on equal points ordered by the stated tie rule, never by list position.</summary>
    private static int[] Order(double[] scores, Func<int, bool> excluded, Comparison<int> tie)
    {
        var order = new int[scores.Length];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        Array.Sort(order, (x, y) =>
        {
            var byExclusion = excluded(x).CompareTo(excluded(y));
            if (byExclusion != 0) return byExclusion;
            var byScore = scores[y].CompareTo(scores[x]);
            return byScore != 0 ? byScore : tie(x, y);
        });
        return order;
    }

    /// <summary>The first of <see cref="Order"/> without sorting: the what-if re-runs need only the winner.</summary>
    private static int Best<TRule>(double[] scores, TRule rule) where TRule : struct, IRankRule
    {
        var best = -1;
        for (var i = 0; i < scores.Length; i++)
        {
            if (rule.Excluded(i)) continue;
            if (best < 0 || scores[i] > scores[best] || (scores[i] == scores[best] && rule.Tie(i, best) < 0)) best = i;
        }
        return best < 0 ? 0 : best;
    }

    // The exclusions and tie rules as values, so a what-if re-run allocates no delegates or closures for them.
    private interface IRankRule
    {
        bool Excluded(int option);
        int Tie(int x, int y);
    }

    private readonly struct ModelRule(AssessmentAnswers a, ServiceCategory category, CostPicture? costs, double[] locationScores, ScoreSheet sheet) : IRankRule
    {
        public bool Excluded(int option) => sheet.IsModelExcluded(option);
        public int Tie(int x, int y) => ModelTie(x, y, a, category, costs, locationScores, sheet);
    }

    private readonly struct LocationRule(AssessmentAnswers a, CostPicture? costs, AdvisorCatalogue catalogue, ScoreSheet sheet) : IRankRule
    {
        public bool Excluded(int option) => sheet.IsExcluded(option);
        public int Tie(int x, int y) => LocationTie(x, y, a, costs, catalogue);
    }

    /// <summary>The tie rule for models, as the report states it.</summary>
    public const string ModelTieRule = English.Engine.ModelTieRule;

    /// <summary>The tie rule for locations, as the report states it.</summary>
    public const string LocationTieRule = English.Engine.LocationTieRule;

    private static int ModelTie(int x, int y, AssessmentAnswers a, ServiceCategory category, CostPicture? costs, double[] locationScores, ScoreSheet sheet)
    {
        var byCost = Nullable.Compare(ModelCost(x, costs, locationScores, sheet), ModelCost(y, costs, locationScores, sheet));
        if (byCost != 0 && ModelCost(x, costs, locationScores, sheet) is not null && ModelCost(y, costs, locationScores, sheet) is not null) return byCost;
        var byShape = SkillRank(x, a).CompareTo(SkillRank(y, a));
        if (byShape != 0) return byShape;
        return Listed(y, category).CompareTo(Listed(x, category));
    }

    private static bool Listed(int model, ServiceCategory c) => (ModelOption)model switch
    {
        ModelOption.Bpo => c.IsModel(CategoryModels.Bpo),
        ModelOption.Kpo => c.IsModel(CategoryModels.Kpo),
        ModelOption.Project => c.IsModel(CategoryModels.Project) || c.IsModel(CategoryModels.It),
        _ => false,
    };

    private static int SkillRank(int model, AssessmentAnswers a)
    {
        var expertWork = a.SkillLevel is SkillLevel.Specialist or SkillLevel.Expert;
        ModelOption[] preference = (expertWork, a.Engagement == Engagement.Ongoing) switch
        {
            (true, true) => [ModelOption.Kpo, ModelOption.InHouse, ModelOption.Bpo, ModelOption.Project],
            (true, false) => [ModelOption.Kpo, ModelOption.Project, ModelOption.InHouse, ModelOption.Bpo],
            (false, true) => [ModelOption.Bpo, ModelOption.InHouse, ModelOption.Kpo, ModelOption.Project],
            (false, false) => [ModelOption.Project, ModelOption.Bpo, ModelOption.Kpo, ModelOption.InHouse],
        };
        return Array.IndexOf(preference, (ModelOption)model);
    }

    /// <summary>A model's cost for the tie rule: the hire's cost, or the outside cost at the best location.</summary>
    private static decimal? ModelCost(int model, CostPicture? costs, double[] locationScores, ScoreSheet sheet)
    {
        if (costs is null) return null;
        if (model == (int)ModelOption.InHouse) return costs.InHouse;
        var best = -1;
        for (var i = 0; i < locationScores.Length; i++)
            if (!sheet.IsExcluded(i) && (best < 0 || locationScores[i] > locationScores[best])) best = i;
        return best < 0 ? null : costs.Bands[best].Low;
    }

    private static int LocationTie(int x, int y, AssessmentAnswers a, CostPicture? costs, AdvisorCatalogue catalogue)
    {
        if (costs is not null && costs.Bands[x].Low is { } cx && costs.Bands[y].Low is { } cy && cx != cy) return cx.CompareTo(cy);
        var factorX = catalogue.Locations[x].CostFactor.Min;
        var factorY = catalogue.Locations[y].CostFactor.Min;
        if (costs is null && factorX != factorY) return factorX.CompareTo(factorY);
        // The answer and the band share their wire names ("offshore"); "any" is no band.
        var preferred = Wire.Parse<LocationOption>(Wire.Name(a.Location)) is { } band ? catalogue.IndexOf(band) : -1;
        if ((x == preferred) != (y == preferred)) return x == preferred ? -1 : 1;
        return catalogue.Locations[y].OverlapHours.Max.CompareTo(catalogue.Locations[x].OverlapHours.Max);
    }

    private static double ToScore(double points, double spread) =>
        ScoreSheet.Round(100.0 / (1.0 + Math.Exp(-points / spread)));

    private sealed record Evaluation(
        ServiceCategory Category,
        WeightPreset Preset,
        ScoreSheet Sheet,
        CostPicture? Costs,
        double[] ModelScores,
        double[] LocationScores,
        int[] ModelOrder,
        int[] LocationOrder,
        int HomeBand,
        Countries.OwnerBands? Owner)
    {
        public int Model => ModelOrder[0];
        public bool IsHire => Model == (int)ModelOption.InHouse;
        /// <summary>A hire works in the owner's own country; the outsourcing ranking is then only the alternative.</summary>
        public int Location => IsHire && HomeBand >= 0 ? HomeBand : LocationOrder[0];
        public int BestOutsourcedLocation => LocationOrder[0];

        public AssessmentResult ToResult(AssessmentAnswers answers, AdvisorCatalogue catalogue, IReadOnlyList<WhatIfChange> whatIf)
        {
            var model = OptionNames.Models[Model];
            var location = catalogue.Bands[Location];
            var specialization = Category.Specialization is not null && model is ModelOption.Kpo or ModelOption.Bpo ? Category.Specialization : null;
            var lead = ScoreSheet.Round(ModelScores[ModelOrder[0]] - ModelScores[ModelOrder[1]]);
            var t = catalogue.Thresholds;
            // Texts give money in the owner's currency; the result's figures stay in US dollars (cost.currency).
            var shown = Countries.DisplayCurrency.For(Owner, answers.Currency, catalogue.Countries);
            var cost = Cost(answers, catalogue, model, specialization, shown);
            var leadStrength = lead >= t.ClearLead ? LeadStrength.Clear : lead >= t.CloseLead ? LeadStrength.Moderate : LeadStrength.Close;
            // Advice the owner cannot pay for is never a clear call, however far ahead it is on points.
            if (leadStrength == LeadStrength.Clear && cost.Fit == "does-not-fit") leadStrength = LeadStrength.Moderate;

            var models = ModelOrder.Select(i => new ModelScore(OptionNames.Models[i], ModelScores[i], [.. Sheet.ModelReasons(i), .. Sheet.ModelExclusions(i)], Sheet.IsModelExcluded(i))).ToList();
            var locations = LocationOrder.Select(i =>
            {
                var p = catalogue.Locations[i];
                var band = Costs?.Bands[i];
                var money = band is { Low: { } low, High: { } high } ? new MoneyRange(low, high) : null;
                return new LocationScore(catalogue.Bands[i], LocationScores[i], Sheet.IsExcluded(i), Sheet.Exclusions(i),
                    Sheet.LocationReasons(i), money, new HoursRange(p.OverlapHours.Min, p.OverlapHours.Max));
            }).ToList();

            return new AssessmentResult(
                catalogue.Version,
                Preset.Name,
                new RecommendedOption(model, specialization, location),
                lead,
                leadStrength,
                models,
                locations,
                cost,
                whatIf,
                IsHire ? null : PreferenceNote(answers, locations),
                Warnings(answers, model, cost, shown),
                CloseCalls(t, catalogue),
                IsHire ? Alternative(catalogue) : null,
                Owner is null ? null : OwnerSummaries.Of(Owner, answers, catalogue, cost, Costs is { LocalOnshore: true } c ? c.Bands[catalogue.IndexOf(LocationOption.Onshore)].Price : null),
                IsHire ? null : LocationLeadOf(t));
        }

        /// <summary>The recommended location's lead over the next possible one, by the same thresholds as the model's: a tie is close.</summary>
        private LocationLead LocationLeadOf(ScoringThresholds t)
        {
            var places = LocationOrder.Where(i => !Sheet.IsExcluded(i)).ToList();
            // One possible location leads clearly; none (every band ruled out) is no lead at all.
            if (places.Count < 2) return new LocationLead(null, places.Count == 1 ? LeadStrength.Clear : LeadStrength.Close);
            var gap = ScoreSheet.Round(LocationScores[places[0]] - LocationScores[places[1]]);
            return new LocationLead(gap, gap >= t.ClearLead ? LeadStrength.Clear : gap >= t.CloseLead ? LeadStrength.Moderate : LeadStrength.Close);
        }

        private OutsourcedAlternative? Alternative(AdvisorCatalogue catalogue)
        {
            var next = ModelOrder.FirstOrDefault(i => i != (int)ModelOption.InHouse && !Sheet.IsModelExcluded(i), -1);
            if (next < 0) return null;
            var band = Costs?.Bands[BestOutsourcedLocation];
            return new OutsourcedAlternative(OptionNames.Models[next], Wire.Name(catalogue.Bands[BestOutsourcedLocation]), band?.Low, band?.High, Costs?.AgainstTotal);
        }

        private List<CloseCall> CloseCalls(ScoringThresholds t, AdvisorCatalogue catalogue)
        {
            var calls = new List<CloseCall>();
            var models = ModelOrder.Where(i => !Sheet.IsModelExcluded(i)).ToList();
            if (models.Count > 1 && ModelScores[models[0]] - ModelScores[models[1]] < t.CloseLead)
                calls.Add(Call("model", Wire.Name(OptionNames.Models[models[0]]), Wire.Name(OptionNames.Models[models[1]]), ModelScores[models[0]] - ModelScores[models[1]], ModelTieRule));
            var places = LocationOrder.Where(i => !Sheet.IsExcluded(i)).ToList();
            if (!IsHire && places.Count > 1 && LocationScores[places[0]] - LocationScores[places[1]] < t.CloseLead)
                calls.Add(Call("location", Wire.Name(catalogue.Bands[places[0]]), Wire.Name(catalogue.Bands[places[1]]), LocationScores[places[0]] - LocationScores[places[1]], LocationTieRule));
            return calls;
        }

        private static CloseCall Call(string kind, string first, string second, double gap, string rule) =>
            new(kind, first, second, ScoreSheet.Round(gap), gap == 0 ? English.Engine.Tied(rule) : English.Engine.AheadByLessThanClear(ScoreSheet.Round(gap), rule));

        private List<AdviceWarning> Warnings(AssessmentAnswers a, ModelOption model, CostSummary cost, Countries.DisplayCurrency shown)
        {
            var warnings = new List<AdviceWarning>();
            if (cost.Fit == "does-not-fit")
                warnings.Add(new AdviceWarning("budget-covers-nothing",
                    cost.SmallestBudget is { } need
                        ? English.Costs.BudgetCoversNothing(CostMoney(shown, need, model), cost.WholeRangeBudget is { } all ? CostMoney(shown, all, model) : null)
                        : English.Costs.BudgetCoversNothingAtAll,
                    cost.Price?.Sources.FirstOrDefault() ?? cost.InHouse?.Source ?? "editorial"));
            if (a.Scope == WorkScope.WholeProcess && (a.Engagement == Engagement.OneOff || model == ModelOption.Project))
                warnings.Add(new AdviceWarning("project-for-whole-process",
                    English.Engine.ProjectForWholeProcess,
                    "doc-003"));
            return warnings;
        }

        /// <summary>What the recommended option's cost is counted over: a hire's by the engagement, a provider's as <see cref="CostPicture.CostPer"/>.</summary>
        private Text.Money CostMoney(Countries.DisplayCurrency shown, decimal usd, ModelOption model) =>
            Costs is not { } p ? shown.Money(usd, Per.Month)
            : model == ModelOption.InHouse ? shown.Money(usd, p.InHousePer)
            : shown.Money(usd, p.CostPer, p.CostUnit);

        private CostSummary Cost(AssessmentAnswers answers, AdvisorCatalogue catalogue, ModelOption model, Specialization? specialization, Countries.DisplayCurrency shown)
        {
            if (Costs is not { } p || catalogue.Costs is not { } book)
                return new CostSummary("USD", null, null, null, null, null, null, null, [], English.Costs.NoCostData(Category.Name));

            var band = p.Bands[Location];
            var wage = p.Category.Wage;
            var hire = IsHire;
            var check = hire ? p.InHouseCheck : band.Check;
            var price = band.Price is { } bp
                ? new PriceLine(p.Category.TradeUnit, bp.Low, bp.High, bp.OpenEnded, Basis(bp.Basis), bp.ScaledFrom, bp.Sources, bp.OldestYear)
                : null;
            var wageLine = wage is null ? null : new WageLine(wage.Soc, wage.Occupation, wage.Measure, wage.Hourly, wage.HourlyFromAnnual, wage.Year, wage.Source,
                wage.Proxy, wage.ProxyNote, wage.Via, p.CoveredHours, book.LoadedCost.Factor, book.LoadedCost.Period, book.LoadedCost.Source, FitName(p.InHouseCheck.Fit));

            var sources = new List<string>();
            if (price is not null) sources.AddRange(price.Sources);
            if (price?.Basis == "scaled") sources.AddRange(catalogue.Locations[Location].CostFactor.Sources);
            if (wage is not null) { sources.Add(wage.Source); sources.Add(book.LoadedCost.Source); }

            var unitPer = price?.Unit == TradeUnit.PercentOfSalary ? Per.SalaryShare : Per.Unit;
            string note;
            if (hire)
                note = wage is null
                    ? English.Costs.NoWage
                    : English.Costs.HireNote(p.CoveredHours, wage.Measure, shown.Money(wage.Hourly, Per.Unit, TradeUnit.Hour), wage.Occupation, book.LoadedCost.Factor);
            else if (price is null)
                note = English.Costs.NoProviderPrice(Category.Name) + (p.Category.Gaps.Count > 0 ? " " + p.Category.Gaps[0] : "");
            else if (band.Low is null)
                note = English.Costs.NoTotal(shown.Money(price.Low, price.High, unitPer, price.Unit, price.OpenEnded), p.Quantity);
            else
                note = English.Costs.Priced(p.Quantity, shown.Money(price.Low, price.High, unitPer, price.Unit, price.OpenEnded), price.Basis, price.ScaledFrom, Wire.Name(catalogue.Bands[Location]));
            if (p.AgainstTotal && answers.TotalBudget is null && !hire)
                note += English.Costs.FeeAgainstMonthly;

            var low = hire ? p.InHouse : band.Low;
            var high = hire ? p.InHouse : band.High;
            var provider = ProviderAdvice.For(model, specialization, hire ? null : band, p.Category);
            return new CostSummary(
                "USD", low, high,
                check.Fit == Fit.Unknown ? null : check.Fit == Fit.Fits,
                p.InHouse, p.InHouse,
                price is null ? null : Wire.Name(price.Unit), price?.Basis,
                sources.Distinct().ToList(),
                note,
                price,
                p.Quantity.Amount is null ? null : English.Costs.Quantity(p.Quantity),
                hire ? p.InHouseCheck.AgainstTotal : p.AgainstTotal,
                check.Budget,
                FitName(check.Fit),
                check.SmallestBudget,
                check.WholeRangeBudget,
                hire ? null : check.MostUnits(band.Price),
                wageLine,
                provider);
        }

        private static string Basis(PriceBasis b) => b switch
        {
            PriceBasis.Direct => "direct",
            PriceBasis.Scaled => "scaled",
            PriceBasis.Unlocated => "unlocated",
            PriceBasis.SameShare => "same-share",
            _ => "share-of-wage",
        };

        private static string? FitName(Fit f) => f switch
        {
            Fit.Fits => "fits",
            Fit.Partly => "partly",
            Fit.DoesNotFit => "does-not-fit",
            _ => null,
        };

        private string? PreferenceNote(AssessmentAnswers answers, List<LocationScore> locations)
        {
            if (answers.Location == PreferredLocation.Any) return null;
            var wanted = Wire.Name(answers.Location);
            var rank = locations.FindIndex(l => OptionNames.Name(l.Location) == wanted);
            // A preferred band this catalogue does not offer gets its own sentence rather than a rank.
            if (rank < 0) return English.Engine.PreferredNotOffered(wanted);
            var entry = locations[rank];
            if (entry.Excluded)
                return English.Engine.PreferredRuledOut(wanted, entry.Exclusions.Select(e => e.Text));
            if (rank == 0) return null;
            var against = entry.Reasons.Where(r => r.Points < 0).OrderBy(r => r.Points).Take(2).Select(r => r.Text).ToList();
            var winner = locations[0];
            var why = against.Count > 0
                ? English.Engine.MainlyBecause(against)
                : English.Engine.MorePoints(OptionNames.ShortLabel(winner.Location));
            return English.Engine.PreferredRanks(wanted, rank + 1, entry.Score, winner.Score, winner.Location, why);
        }
    }
}
