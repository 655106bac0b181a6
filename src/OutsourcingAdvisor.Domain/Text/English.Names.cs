using OutsourcingAdvisor.Domain.Catalogue;
using OutsourcingAdvisor.Domain.Scoring;

namespace OutsourcingAdvisor.Domain.Text;

public static partial class English
{
    /// <summary>
    /// The names of the options, the catalogue's model groups, specialisations, provider kinds and pricing models, as a
    /// reader sees them. <see cref="OptionNames"/>, <see cref="CategoryModels"/>, <see cref="Specializations"/> and
    /// <see cref="Costs.ProviderAdvice"/> read them here.
    /// </summary>
    public static class Names
    {
        /// <summary>The owner's answer "my work is not listed", as a category.</summary>
        public const string NotListed = "Work not in the list";
        public const string NotListedDescription = "None of the kinds of work listed matches yours.";

        /// <summary>A model inside a sentence: "business process outsourcing (BPO)".</summary>
        public static string Model(ModelOption model) => model switch
        {
            ModelOption.Bpo => "business process outsourcing (BPO)",
            ModelOption.Kpo => "knowledge process outsourcing (KPO)",
            ModelOption.Project => "a one-off project with an outside provider",
            ModelOption.InHouse => "hiring for it in-house",
            _ => Assessment.Wire.Name(model),
        };

        /// <summary>A model in a table or a heading: "BPO", "In-house hire".</summary>
        public static string ModelShort(ModelOption model) => model switch
        {
            ModelOption.Bpo => "BPO",
            ModelOption.Kpo => "KPO",
            ModelOption.Project => "Project",
            ModelOption.InHouse => "In-house hire",
            _ => Assessment.Wire.Name(model),
        };

        /// <summary>A catalogue's model group ("bpo", "it") as a heading.</summary>
        public static string CategoryModel(string model) => model switch
        {
            CategoryModels.Bpo => "Business process outsourcing (BPO)",
            CategoryModels.Kpo => "Knowledge process outsourcing (KPO)",
            CategoryModels.Project => "Project outsourcing",
            CategoryModels.It => "IT outsourcing",
            _ => model,
        };

        /// <summary>A specialised kind of BPO or KPO inside a sentence.</summary>
        public static string Specialization(Specialization? specialization) => specialization switch
        {
            Catalogue.Specialization.Lpo => "legal process outsourcing (LPO)",
            Catalogue.Specialization.Rpo => "recruitment process outsourcing (RPO)",
            Catalogue.Specialization.Research => "research process outsourcing",
            null => "",
            { } s => Assessment.Wire.Name(s),
        };

        /// <summary>A kind of provider ("bpo-firm") inside a sentence: "a BPO firm".</summary>
        public static string ProviderKind(string kind) => kind switch
        {
            "freelancer" => "a freelancer",
            "agency" => "an agency",
            "bpo-firm" => "a BPO firm",
            "kpo-specialist" => "a KPO specialist firm",
            "lpo-specialist" => "an LPO (legal process outsourcing) specialist",
            "rpo-provider" => "an RPO (recruitment process outsourcing) provider",
            "msp" => "a managed service provider",
            "payroll-provider" => "a payroll provider",
            "consulting-firm" => "a consulting firm",
            "offshore-captive" => "an offshore captive centre (a team of your own abroad)",
            "own-hire" => "your own employee",
            _ => kind,
        };

        /// <summary>A pricing model ("per-seat") inside a sentence: "per seat (one full-time agent or desk) a month".</summary>
        public static string PricingModel(string model) => model switch
        {
            "hourly" => "by the hour",
            "day-rate" => "by the day",
            "per-seat" => "per seat (one full-time agent or desk) a month",
            "per-transaction" => "per item handled (page, claim, invoice, order...)",
            "per-employee-per-month" => "per employee per month",
            "retainer" => "a monthly retainer",
            "fixed-price" => "a fixed price for the project",
            "percent-of-salary" => "a share of each hire's first-year salary",
            "salary" => "a salary plus employer on-costs",
            _ => model,
        };
    }
}
