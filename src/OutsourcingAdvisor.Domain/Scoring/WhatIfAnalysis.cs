using OutsourcingAdvisor.Domain.Assessment;
using OutsourcingAdvisor.Domain.Catalogue;

namespace OutsourcingAdvisor.Domain.Scoring;

/// <summary>
/// Finds the single answer changes that would change the recommended model or location, by running the engine
/// again with each other value of each answer its <see cref="Question"/> lets vary (the task type itself is left
/// alone: that is a different question).
/// </summary>
public static class WhatIfAnalysis
{
    public static IReadOnlyList<WhatIfChange> Find(AssessmentAnswers a, AdvisorCatalogue catalogue, int model, int location)
    {
        var changes = new List<WhatIfChange>();
        var sameHoursCosts = ScoringEngine.CostsFor(catalogue.CategoryFor(a.TaskType)!, a.HoursPerMonth, catalogue);

        foreach (var question in Questions.All)
            foreach (var value in question.WhatIfValues(a, catalogue.Thresholds))
            {
                var changed = question.Write(a, value);
                var (m, l) = ScoringEngine.Decide(changed, catalogue, changed.HoursPerMonth == a.HoursPerMonth ? sameHoursCosts : null);
                if (m != model || l != location)
                    changes.Add(new WhatIfChange(question.Wire, value, OptionNames.Models[m], OptionNames.Locations[l]));
            }
        return changes;
    }
}
