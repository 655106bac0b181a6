using OutsourcingAdvisor.Domain.Assessment;

namespace OutsourcingAdvisor.Domain.Scoring.Criteria;

/// <summary>One-off and task-sized work suits a project; whole processes handed over for the long term suit BPO (doc-003, doc-004).</summary>
public sealed class EngagementCriterion : ICriterion
{
    public string Id => "engagement";
    public string Title => "How long and how much of the work";
    public string Favours => "a project for one-off or single tasks; BPO for a whole process handed over long term";

    public void Score(ScoringContext context, ScoreSheet sheet)
    {
        var a = context.Answers;
        switch (a.Engagement)
        {
            case Engagement.OneOff:
                sheet.Model(ModelOption.Project, Push.StrongFor, "A one-time piece of work is what project outsourcing is for.", "doc-004");
                sheet.Model(ModelOption.InHouse, Push.ModerateAgainst, "Taking on a permanent employee for a single job rarely pays off.", "doc-000");
                sheet.Model(ModelOption.Bpo, Push.SlightAgainst, "BPO partnerships are set up for the long term, which a one-off job does not need.", "doc-003");
                break;
            case Engagement.ShortTerm:
                sheet.Model(ModelOption.Project, Push.ModerateFor, "Short, on-demand help is the usual shape of project outsourcing.", "doc-003");
                sheet.Model(ModelOption.InHouse, Push.SlightAgainst, "A short need does not justify a permanent hire.", "doc-000");
                break;
            case Engagement.Ongoing:
                sheet.Model(ModelOption.Bpo, Push.SlightFor, "Ongoing work suits a long-term provider relationship such as BPO.", "doc-003");
                sheet.Model(ModelOption.InHouse, Push.SlightFor, "Work that never stops can also justify your own staff.", "doc-000");
                sheet.Model(ModelOption.Project, Push.ModerateAgainst, "Projects end; ongoing work would need one contract after another.", "doc-003");
                break;
        }

        switch (a.Scope)
        {
            case WorkScope.WholeProcess:
                sheet.Model(ModelOption.Bpo, Push.StrongFor, "Handing over an entire business process, not just a task, is the defining trait of BPO.", "doc-003");
                sheet.Model(ModelOption.Project, Push.SlightAgainst, "A whole process is more than a project-sized piece of work.", "doc-003");
                break;
            case WorkScope.SingleTask:
                sheet.Model(ModelOption.Project, Push.ModerateFor, "A single, bounded task can be outsourced as a project without a long contract.", "doc-003");
                break;
        }
    }
}
