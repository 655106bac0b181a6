using OutsourcingAdvisor.Domain.Assessment;
using OutsourcingAdvisor.Domain.Catalogue;

namespace OutsourcingAdvisor.Domain.Scoring;

/// <summary>
/// Finds the single answer changes that would change the recommended model or location, by running the engine
/// again with each other value of each answer (the task type itself is left alone: that is a different question).
/// </summary>
public static class WhatIfAnalysis
{
    public static IReadOnlyList<WhatIfChange> Find(AssessmentAnswers a, AdvisorCatalogue catalogue, int model, int location)
    {
        var changes = new List<WhatIfChange>();
        var sameHoursCosts = ScoringEngine.CostsFor(catalogue.CategoryFor(a.TaskType)!, a.HoursPerMonth, catalogue);

        void Try(string field, string value, AssessmentAnswers changed)
        {
            var (m, l) = ScoringEngine.Decide(changed, catalogue, changed.HoursPerMonth == a.HoursPerMonth ? sameHoursCosts : null);
            if (m != model || l != location)
                changes.Add(new WhatIfChange(field, value, OptionNames.Models[m], OptionNames.Locations[l]));
        }

        for (var i = 0; i < Wire.SkillLevels.Length; i++)
            if (i != (int)a.SkillLevel) Try("skillLevel", Wire.SkillLevels[i], a with { SkillLevel = (SkillLevel)i });
        foreach (var factor in catalogue.Thresholds.WhatIfBudgetFactors)
        {
            var budget = Math.Round(a.MonthlyBudget * factor, 0, MidpointRounding.AwayFromZero);
            if (budget > 0 && budget <= 10_000_000 && budget != a.MonthlyBudget)
                Try("monthlyBudget", budget.ToString("0", System.Globalization.CultureInfo.InvariantCulture), a with { MonthlyBudget = budget });
        }
        for (var i = 0; i < Wire.Locations.Length; i++)
            if (i != (int)a.Location) Try("location", Wire.Locations[i], a with { Location = (PreferredLocation)i });
        foreach (var hours in (ReadOnlySpan<int>)[a.HoursPerMonth / 2, a.HoursPerMonth * 2])
            if (hours >= 1 && hours <= 20_000 && hours != a.HoursPerMonth)
                Try("hoursPerMonth", hours.ToString(System.Globalization.CultureInfo.InvariantCulture), a with { HoursPerMonth = hours });
        for (var i = 0; i < Wire.Goals.Length; i++)
            if (a.Goal is null || i != (int)a.Goal) Try("goal", Wire.Goals[i], a with { Goal = (Goal)i });
        for (var i = 0; i < Wire.Engagements.Length; i++)
            if (i != (int)a.Engagement) Try("engagement", Wire.Engagements[i], a with { Engagement = (Engagement)i });
        for (var i = 0; i < Wire.Scopes.Length; i++)
            if (a.Scope is null || i != (int)a.Scope) Try("scope", Wire.Scopes[i], a with { Scope = (WorkScope)i });
        for (var i = 0; i < Wire.Reliances.Length; i++)
            if (a.Reliance is null || i != (int)a.Reliance) Try("reliance", Wire.Reliances[i], a with { Reliance = (Reliance)i });
        Try("customerFacing", a.CustomerFacing == true ? "false" : "true", a with { CustomerFacing = a.CustomerFacing != true });
        for (var i = 0; i < Wire.Coverages.Length; i++)
            if (a.Coverage is null || i != (int)a.Coverage) Try("coverage", Wire.Coverages[i], a with { Coverage = (Coverage)i });
        for (var i = 0; i < Wire.Overlaps.Length; i++)
            if (a.TimeZoneOverlap is null || i != (int)a.TimeZoneOverlap) Try("timeZoneOverlap", Wire.Overlaps[i], a with { TimeZoneOverlap = (TimeZoneOverlap)i });
        for (var i = 0; i < Wire.Sensitivities.Length; i++)
            if (a.DataSensitivity is null || i != (int)a.DataSensitivity) Try("dataSensitivity", Wire.Sensitivities[i], a with { DataSensitivity = (DataSensitivity)i });
        Try("onSiteRequired", a.OnSiteRequired == true ? "false" : "true", a with { OnSiteRequired = a.OnSiteRequired != true });
        return changes;
    }
}
