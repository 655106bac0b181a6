using OutsourcingAdvisor.Domain.Assessment;
using OutsourcingAdvisor.Domain.Catalogue;
using OutsourcingAdvisor.Domain.Scoring;
using RulesEngine.Models;

/// <summary>
/// The engine's criteria written as one Microsoft RulesEngine workflow: every rule is an expression over a flat
/// view of the answers and the category, and its SuccessEvent names the option and points it gives. Points are
/// summed from the rules that succeed; the what-if analysis re-runs the workflow for each changed answer, as the
/// real engine does.
/// </summary>
public sealed class RulesEngineAdvisor
{
    private const string Workflow = "advice";
    private readonly RulesEngine.RulesEngine _engine;
    private readonly AdvisorCatalogue _catalogue;

    public RulesEngineAdvisor(AdvisorCatalogue catalogue)
    {
        _catalogue = catalogue;
        var t = catalogue.Thresholds;
        var rules = new List<Rule>();
        void R(string expression, params (string Option, double Points)[] effects) =>
            rules.Add(new Rule
            {
                RuleName = $"r{rules.Count}",
                Expression = expression,
                SuccessEvent = string.Join(";", effects.Select(e => $"{e.Option}:{e.Points.ToString(System.Globalization.CultureInfo.InvariantCulture)}")),
            });
        double S = t.SlightPoints, M = t.ModeratePoints, L = t.StrongPoints;

        // nature-of-work
        R("a.IsBpo && a.IsKpo", ("bpo", S), ("kpo", S));
        R("a.IsBpo && !a.IsKpo", ("bpo", L));
        R("a.IsKpo && !a.IsBpo", ("kpo", L));
        R("a.IsProject", ("project", L));
        R("a.IsIt", ("bpo", S), ("project", S));
        // skill-level
        R("a.Skill == \"basic\"", ("bpo", L), ("kpo", -M));
        R("a.Skill == \"intermediate\"", ("bpo", M));
        R("a.Skill == \"specialist\"", ("kpo", M), ("bpo", -S), ("in-house", S));
        R("a.Skill == \"expert\"", ("kpo", L), ("bpo", -M), ("in-house", M));
        // goal
        R("a.Goal == \"cut-costs\"", ("bpo", M), ("kpo", -S));
        R("a.Goal == \"free-up-time\" || a.Goal == \"scale\"", ("bpo", M));
        R("a.Goal == \"gain-expertise\" || a.Goal == \"improve-quality\" || a.Goal == \"innovate\"", ("kpo", M));
        // engagement
        R("a.Engagement == \"one-off\"", ("project", L), ("in-house", -M), ("bpo", -S));
        R("a.Engagement == \"short-term\"", ("project", M), ("in-house", -S));
        R("a.Engagement == \"ongoing\"", ("bpo", S), ("in-house", S), ("project", -M));
        R("a.Scope == \"whole-process\"", ("bpo", L), ("project", -S));
        R("a.Scope == \"single-task\"", ("project", M));
        // reliance
        R("a.Reliance == \"continuous\" && a.IsKpo", ("in-house", L), ("kpo", -L), ("project", -M));
        R("a.Reliance == \"continuous\" && !a.IsKpo", ("bpo", S), ("in-house", S), ("project", -M));
        R("a.Reliance == \"regular\" && a.IsKpo", ("in-house", S));
        R("a.Reliance == \"occasional\"", ("in-house", -M), ("project", S));
        R("a.Reliance == \"occasional\" && a.IsKpo", ("kpo", S));
        // coverage
        R("a.Coverage == \"24x7\"", ("bpo", M), ("in-house", -S));
        R("a.Coverage == \"extended\"", ("bpo", S));
        R("a.CustomerFacing && a.Office == \"front\"", ("bpo", S));
        // budget
        R($"a.BudgetPerHour < {t.TightBudgetPerHour}", ("kpo", -M), ("bpo", S));
        R($"a.BudgetPerHour >= {t.AmpleBudgetPerHour}", ("kpo", S));
        R("a.HasInHouse && a.Budget < a.InHouseLow", ("in-house", -M));
        // data-sensitivity, work-site
        R("a.Sensitivity == \"high\"", ("in-house", M), ("onshore", S), ("nearshore", -S), ("offshore", -M));
        R("a.Sensitivity == \"moderate\"", ("in-house", S), ("offshore", -S));
        R("a.OnSite == \"true\"", ("in-house", M), ("bpo", -S), ("kpo", -S), ("onshore", M));
        R("a.OnSite == \"false\"", ("kpo", S));
        // location-cost
        R("a.Goal == \"cut-costs\"", ("offshore", L), ("nearshore", M));
        R("a.Goal != \"cut-costs\"", ("offshore", M), ("nearshore", S));
        // working-hours
        R("a.Overlap == \"full\"", ("onshore", L), ("nearshore", M), ("offshore", -L));
        R("a.Overlap == \"partial\"", ("onshore", S), ("nearshore", M), ("offshore", -S));
        R("a.Coverage == \"24x7\"", ("offshore", S));
        // customer-language, preference
        R("a.CustomerFacing", ("onshore", M), ("nearshore", S), ("offshore", -S));
        R("a.Location == \"onshore\"", ("onshore", M));
        R("a.Location == \"nearshore\"", ("nearshore", M));
        R("a.Location == \"offshore\"", ("offshore", M));
        // budget-fit, per location
        foreach (var l in new[] { "Onshore", "Nearshore", "Offshore" })
        {
            R($"a.Has{l}Cost && a.{l}High <= a.Budget", (l.ToLowerInvariant(), S));
            R($"a.Has{l}Cost && a.{l}Low > a.Budget", (l.ToLowerInvariant(), -L));
            R($"a.Has{l}Cost && a.{l}Low <= a.Budget && a.{l}High > a.Budget", (l.ToLowerInvariant(), -S));
        }

        _engine = new RulesEngine.RulesEngine([new Workflow { WorkflowName = Workflow, Rules = rules }],
            new ReSettings { CustomTypes = [typeof(Facts)] });
    }

    public RulesEngine.RulesEngine Engine => _engine;

    /// <summary>The recommended model and location, with what-if over the same answer changes as the engine.</summary>
    public async Task<(string Model, string Location, int WhatIf)> AssessAsync(AssessmentAnswers a)
    {
        var (model, location) = await DecideAsync(a);
        var changes = 0;
        foreach (var changed in Variants(a))
        {
            var (m, l) = await DecideAsync(changed);
            if (m != model || l != location) changes++;
        }
        return (model, location, changes);
    }

    public async Task<(string Model, string Location)> DecideAsync(AssessmentAnswers a)
    {
        var results = await _engine.ExecuteAllRulesAsync(Workflow, new RuleParameter("a", Facts.From(a, _catalogue)));
        var points = new Dictionary<string, double>();
        foreach (var r in results)
        {
            if (!r.IsSuccess) continue;
            foreach (var effect in r.Rule.SuccessEvent.Split(';'))
            {
                var i = effect.LastIndexOf(':');
                var option = effect[..i];
                points[option] = points.GetValueOrDefault(option) + double.Parse(effect[(i + 1)..], System.Globalization.CultureInfo.InvariantCulture);
            }
        }
        var model = OptionNames.Models.OrderByDescending(m => points.GetValueOrDefault(m)).First();
        var excluded = a.OnSiteRequired == true;
        var location = OptionNames.Locations.Where(l => !excluded || l == "onshore").OrderByDescending(l => points.GetValueOrDefault(l)).First();
        return (model, location);
    }

    private static IEnumerable<AssessmentAnswers> Variants(AssessmentAnswers a)
    {
        foreach (var s in Enum.GetValues<SkillLevel>()) if (s != a.SkillLevel) yield return a with { SkillLevel = s };
        yield return a with { MonthlyBudget = a.MonthlyBudget / 2 };
        yield return a with { MonthlyBudget = a.MonthlyBudget * 2 };
        foreach (var l in Enum.GetValues<PreferredLocation>()) if (l != a.Location) yield return a with { Location = l };
        yield return a with { HoursPerMonth = Math.Max(1, a.HoursPerMonth / 2) };
        yield return a with { HoursPerMonth = a.HoursPerMonth * 2 };
        foreach (var g in Enum.GetValues<Goal>()) if (g != a.Goal) yield return a with { Goal = g };
        foreach (var e in Enum.GetValues<Engagement>()) if (e != a.Engagement) yield return a with { Engagement = e };
        foreach (var s in Enum.GetValues<WorkScope>()) if (s != a.Scope) yield return a with { Scope = s };
        foreach (var r in Enum.GetValues<Reliance>()) if (r != a.Reliance) yield return a with { Reliance = r };
        yield return a with { CustomerFacing = a.CustomerFacing != true };
        foreach (var c in Enum.GetValues<Coverage>()) if (c != a.Coverage) yield return a with { Coverage = c };
        foreach (var o in Enum.GetValues<TimeZoneOverlap>()) if (o != a.TimeZoneOverlap) yield return a with { TimeZoneOverlap = o };
        foreach (var d in Enum.GetValues<DataSensitivity>()) if (d != a.DataSensitivity) yield return a with { DataSensitivity = d };
        yield return a with { OnSiteRequired = a.OnSiteRequired != true };
    }

    /// <summary>The flat view the rule expressions read.</summary>
    public sealed class Facts
    {
        public bool IsBpo { get; init; }
        public bool IsKpo { get; init; }
        public bool IsProject { get; init; }
        public bool IsIt { get; init; }
        public string? Office { get; init; }
        public string Skill { get; init; } = "";
        public string Goal { get; init; } = "";
        public string Engagement { get; init; } = "";
        public string Scope { get; init; } = "";
        public string Reliance { get; init; } = "";
        public string Coverage { get; init; } = "";
        public string Overlap { get; init; } = "";
        public string Sensitivity { get; init; } = "";
        public string OnSite { get; init; } = "";
        public string Location { get; init; } = "";
        public bool CustomerFacing { get; init; }
        public decimal Budget { get; init; }
        public decimal BudgetPerHour { get; init; }
        public bool HasInHouse { get; init; }
        public decimal InHouseLow { get; init; }
        public bool HasOnshoreCost { get; init; }
        public decimal OnshoreLow { get; init; }
        public decimal OnshoreHigh { get; init; }
        public bool HasNearshoreCost { get; init; }
        public decimal NearshoreLow { get; init; }
        public decimal NearshoreHigh { get; init; }
        public bool HasOffshoreCost { get; init; }
        public decimal OffshoreLow { get; init; }
        public decimal OffshoreHigh { get; init; }

        public static Facts From(AssessmentAnswers a, AdvisorCatalogue catalogue)
        {
            var c = catalogue.FindCategory(a.TaskType)!;
            var inHouse = CostEstimator.InHouse(c, a.HoursPerMonth, catalogue.Thresholds);
            MoneyRange? Cost(string l) => CostEstimator.AtLocation(c, catalogue.Location(l), a.HoursPerMonth, inHouse);
            var on = Cost("onshore");
            var near = Cost("nearshore");
            var off = Cost("offshore");
            return new Facts
            {
                IsBpo = c.IsModel("bpo"), IsKpo = c.IsModel("kpo"), IsProject = c.IsModel("project"), IsIt = c.IsModel("it"),
                Office = c.Office,
                Skill = Wire.Name(a.SkillLevel),
                Goal = a.Goal is { } g ? Wire.Name(g) : "",
                Engagement = Wire.Name(a.Engagement),
                Scope = a.Scope is { } s ? Wire.Name(s) : "",
                Reliance = a.Reliance is { } r ? Wire.Name(r) : "",
                Coverage = a.Coverage is { } cv ? Wire.Name(cv) : "",
                Overlap = a.TimeZoneOverlap is { } o ? Wire.Name(o) : "",
                Sensitivity = a.DataSensitivity is { } d ? Wire.Name(d) : "",
                OnSite = a.OnSiteRequired switch { true => "true", false => "false", null => "" },
                Location = Wire.Name(a.Location),
                CustomerFacing = a.CustomerFacing == true,
                Budget = a.MonthlyBudget,
                BudgetPerHour = a.MonthlyBudget / a.HoursPerMonth,
                HasInHouse = inHouse is not null, InHouseLow = inHouse?.Low ?? 0,
                HasOnshoreCost = on is not null, OnshoreLow = on?.Low ?? 0, OnshoreHigh = on?.High ?? 0,
                HasNearshoreCost = near is not null, NearshoreLow = near?.Low ?? 0, NearshoreHigh = near?.High ?? 0,
                HasOffshoreCost = off is not null, OffshoreLow = off?.Low ?? 0, OffshoreHigh = off?.High ?? 0,
            };
        }
    }
}
