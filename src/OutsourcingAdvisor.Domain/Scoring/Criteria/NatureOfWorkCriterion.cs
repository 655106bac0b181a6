using OutsourcingAdvisor.Domain.Catalogue;

namespace OutsourcingAdvisor.Domain.Scoring.Criteria;

/// <summary>Routine, rule-bound work is what the documents file under BPO; analysis and judgement under KPO.</summary>
public sealed class NatureOfWorkCriterion : ICriterion
{
    public string Id => "nature-of-work";
    public string Title => "What kind of work it is";
    public string Favours => "BPO for routine process work, KPO for expert work, a project for one-off deliverables";

    public void Score(ScoringContext context, ScoreSheet sheet)
    {
        var c = context.Category;
        var source = context.CategorySource;
        var bpo = c.IsModel(CategoryModels.Bpo);
        var kpo = c.IsModel(CategoryModels.Kpo);
        if (bpo && kpo)
        {
            var text = sheet.Explain ? $"The sources list {c.Name} both as process work (BPO) and as knowledge work (KPO), so the skill you need decides between them." : null;
            sheet.Model(ModelOption.Bpo, Push.SlightFor, text, source);
            sheet.Model(ModelOption.Kpo, Push.SlightFor, text, source);
        }
        else if (bpo)
        {
            sheet.Model(ModelOption.Bpo, Push.StrongFor, sheet.Explain ? $"{c.Name} is listed among BPO services: repeatable process work a provider runs at volume." : null, source);
        }
        else if (kpo)
        {
            sheet.Model(ModelOption.Kpo, Push.StrongFor, sheet.Explain ? $"{c.Name} is listed among KPO services: work that rests on expert knowledge and analysis." : null, source);
        }

        if (c.IsModel(CategoryModels.Project))
            sheet.Model(ModelOption.Project, Push.StrongFor, sheet.Explain ? $"{c.Name} is named as a typical piece of project outsourcing: a deliverable with a clear end." : null, source);

        if (c.IsModel(CategoryModels.It))
        {
            var text = sheet.Explain ? $"{c.Name} is IT outsourcing, which is bought either as a standing service contract or per project." : null;
            sheet.Model(ModelOption.Bpo, Push.SlightFor, text, "doc-004");
            sheet.Model(ModelOption.Project, Push.SlightFor, text, "doc-004");
        }
    }
}
