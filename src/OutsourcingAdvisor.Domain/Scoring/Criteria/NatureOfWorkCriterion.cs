using OutsourcingAdvisor.Domain.Assessment;
using OutsourcingAdvisor.Domain.Catalogue;

using T = OutsourcingAdvisor.Domain.Text.English.Criteria.NatureOfWork;

namespace OutsourcingAdvisor.Domain.Scoring.Criteria;

/// <summary>Routine, rule-bound work is what the documents file under BPO; analysis and judgement under KPO.</summary>
public sealed class NatureOfWorkCriterion : ICriterion
{
    public string Id => "nature-of-work";
    public string Title => T.Title;
    public string Favours => T.Favours;

    public void Score(ScoringContext context, ScoreSheet sheet)
    {
        var c = context.Category;
        var source = context.CategorySource;
        var bpo = c.IsModel(CategoryModels.Bpo);
        var kpo = c.IsModel(CategoryModels.Kpo);
        if (bpo && kpo)
        {
            var text = sheet.Explain ? T.BothProcessAndKnowledge(c.Name) : null;
            sheet.Model(ModelOption.Bpo, Push.SlightFor, text, source);
            sheet.Model(ModelOption.Kpo, Push.SlightFor, text, source);
        }
        else if (bpo)
        {
            sheet.Model(ModelOption.Bpo, Push.StrongFor, sheet.Explain ? T.ListedAmongBpo(c.Name) : null, source);
        }
        else if (kpo)
        {
            sheet.Model(ModelOption.Kpo, Push.StrongFor, sheet.Explain ? T.ListedAmongKpo(c.Name) : null, source);
        }

        if (c.IsModel(CategoryModels.Project))
            sheet.Model(ModelOption.Project, Push.StrongFor, sheet.Explain ? T.TypicalProject(c.Name) : null, source);

        foreach (var x in c.ExcludedModels)
            sheet.ExcludeModel(Wire.Parse<ModelOption>(x.Model)!.Value, sheet.Explain ? x.Reason : null, x.Source);

        if (c.IsModel(CategoryModels.It))
        {
            var text = sheet.Explain ? T.ItOutsourcing(c.Name) : null;
            sheet.Model(ModelOption.Bpo, Push.SlightFor, text, "doc-004");
            sheet.Model(ModelOption.Project, Push.SlightFor, text, "doc-004");
        }
    }
}
