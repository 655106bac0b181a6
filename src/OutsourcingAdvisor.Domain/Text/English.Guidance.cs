namespace OutsourcingAdvisor.Domain.Text;

public static partial class English
{
    /// <summary>The first steps the report suggests (which apply is the guidance's rule).</summary>
    public static class Guidance
    {
        public const string WriteTheRole = "Write the role from the tasks you now buy in, and compare its loaded cost with what you pay outside.";
        public const string BuyInSmallPiecesMeanwhile = "Until the hire starts, keep buying the work in small, well-defined pieces.";
        public const string StartSmall = "Start small: hand over one minor, well-defined piece of work and see how it goes before giving more.";
        public const string DescribeTheProcess = "Describe the whole process, its volumes and the quality measures you expect before you ask for quotes.";
        public const string FixTheDeliverable = "Fix the deliverable, the deadline and who checks the result before the work starts.";
        public const string BudgetForSelection = "Budget for choosing the provider: selection can cost 0.2% to 2% of a year's contract value.";
        public const string AgreeSharedHours = "Agree which hours you will share with the provider and how hand-overs work across the time difference.";
        public const string AskAboutBreaches = "Ask how and how fast the provider would tell you of a data breach: only 34% of firms trust a supplier to do so.";
        public const string MultiSourcing = "If you split the work between several providers (multi-sourcing), first decide which metrics matter and who governs them.";
    }
}
