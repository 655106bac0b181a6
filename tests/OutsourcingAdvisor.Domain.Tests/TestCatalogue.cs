using OutsourcingAdvisor.Domain.Assessment;
using OutsourcingAdvisor.Domain.Catalogue;
using OutsourcingAdvisor.Domain.Catalogue.Seed;

namespace OutsourcingAdvisor.Domain.Tests;

/// <summary>The real catalogue from seed-data/, read once, and answer builders for tests.</summary>
public static class TestCatalogue
{
    private static readonly Lazy<AdvisorCatalogue> RealCatalogue = new(() => SeedReader.Read(SeedDirectory).ToCatalogue("test"));

    public static AdvisorCatalogue Real => RealCatalogue.Value;

    public static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "OutsourcingAdvisor.sln"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("OutsourcingAdvisor.sln not found above the test folder.");
        }
    }

    /// <summary>The real catalogue with one category's provider prices (and share of wage) taken away: the case of work no source prices.</summary>
    public static AdvisorCatalogue WithoutProviderPrices(string slug)
    {
        var d = Real.Document;
        var costs = d.Costs!;
        return new AdvisorCatalogue("test-unpriced", d with
        {
            Categories = d.Categories.Select(c => c.Slug == slug ? c with { Price = null } : c).ToList(),
            Costs = costs with
            {
                Categories = costs.Categories.Select(c => c.Slug == slug ? c with { Prices = [], PercentBelowInHouse = null, ProviderKinds = [] } : c).ToList(),
            },
        });
    }

    public static string SeedDirectory => Path.Combine(RepoRoot, "seed-data");

    /// <summary>A plain starting point: basic ongoing customer support, any location, nothing else said.</summary>
    public static AssessmentAnswers Answers(string taskType = "customer-support", SkillLevel skill = SkillLevel.Basic, decimal budget = 4000) => new()
    {
        TaskType = taskType,
        SkillLevel = skill,
        MonthlyBudget = budget,
    };
}
