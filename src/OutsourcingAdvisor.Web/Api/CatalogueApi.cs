using OutsourcingAdvisor.Domain.Catalogue;
using OutsourcingAdvisor.Web.Data;

namespace OutsourcingAdvisor.Web.Api;

public static class CatalogueApi
{
    public static WebApplication MapCatalogueApi(this WebApplication app)
    {
        app.MapGet("/api/catalogue", (CatalogueStore store) => Results.Json(Describe(store.Current)))
            .WithName("GetCatalogue").WithSummary("The current catalogue: categories, locations, sources, market facts, presets, version")
            .Produces(StatusCodes.Status200OK, contentType: "application/json");
        return app;
    }

    /// <summary>The current catalogue as the API shows it: categories, locations, sources, facts, presets, version.</summary>
    public static object Describe(AdvisorCatalogue c) => new
    {
        version = c.Version,
        categories = c.Categories.Select(x => new
        {
            slug = x.Slug,
            name = x.Name,
            description = x.Description,
            models = x.Models,
            specialization = x.Specialization,
            office = x.Office,
            skillLevel = x.SkillLevel,
            price = Price(x.Price),
            inHouseWage = Price(x.InHouseWage),
            sources = x.Sources,
        }),
        locations = c.Locations.Select(l => new
        {
            key = l.Key,
            name = l.Name,
            description = l.Description,
            costFactor = new { min = l.CostFactorMin, max = l.CostFactorMax, sources = l.CostSources, note = l.CostNote },
            timeZoneGapHours = new { min = l.GapHoursMin, max = l.GapHoursMax, sources = l.HoursSources, note = l.HoursNote },
            overlapHours = new { min = l.OverlapHoursMin, max = l.OverlapHoursMax },
            strengths = l.Strengths.Select(n => new { text = n.Text, source = n.Source }),
            risks = l.Risks.Select(n => new { text = n.Text, source = n.Source }),
            sources = l.Sources,
        }),
        sources = c.Sources.Select(s => new { id = s.Id, kind = s.Kind, title = s.Title, publisher = s.Publisher, year = s.Year, file = s.File, note = s.Note }),
        marketFacts = c.MarketFacts.Select(f => new
        {
            id = f.Id, topic = f.Topic, text = f.Text, value = f.Value, unit = f.Unit, year = f.Year,
            source = f.Source, doubtful = f.Doubtful, doubtReason = f.DoubtReason,
        }),
        presets = c.Presets.Select(p => new { name = p.Name, description = p.Description, weights = p.Weights }),
        defaultPreset = c.DefaultPreset,
    };

    private static object? Price(PriceRange? p) => p is null
        ? null
        : new
        {
            min = p.Min, max = p.Max, unit = p.Unit, currency = p.Currency, provenance = p.Provenance,
            sources = p.Sources, derivedFrom = p.DerivedFrom, note = p.Note,
        };
}
