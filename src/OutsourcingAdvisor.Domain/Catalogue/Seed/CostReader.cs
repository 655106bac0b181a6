using OutsourcingAdvisor.Domain.Costs;

namespace OutsourcingAdvisor.Domain.Catalogue.Seed;

/// <summary>Reads and checks <c>costs.json</c> against the sources, the categories and the location bands already read.</summary>
internal static class CostReader
{
    public const string File = "costs.json";

    public static CostBook Read(SeedEntry root, IReadOnlySet<string> sources, IReadOnlySet<string> slugs, IReadOnlySet<string> bands)
    {
        var l = root.Object("loadedCost");
        var loaded = new LoadedCost(l.String("series"), l.String("period"), l.Decimal("wagesPerHour"), l.Decimal("benefitsPerHour"), l.Decimal("totalPerHour"), l.String("source"));
        if (loaded.WagesPerHour <= 0 || loaded.BenefitsPerHour < 0) throw l.Fail("wagesPerHour", "wages must be above 0 and benefits not negative");
        if (loaded.TotalPerHour != loaded.WagesPerHour + loaded.BenefitsPerHour) throw l.Fail("totalPerHour", "must be wages plus benefits");
        Known(l, "source", loaded.Source, sources);

        var c = root.Object("coverHours");
        var cover = new CoverHours(c.Int("businessHours"), c.Int("extended"), c.Int("roundTheClock"), c.String("source"), c.String("note"));
        if (!(cover.BusinessHours > 0 && cover.BusinessHours <= cover.Extended && cover.Extended <= cover.RoundTheClock && cover.RoundTheClock <= 744))
            throw c.Fail("businessHours", "hours must be above 0, grow from business hours to extended to round the clock, and fit in a month (744)");
        Known(c, "source", cover.Source, sources);

        var categories = new List<CategoryCosts>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var i = 0;
        foreach (var item in root.Objects("categories"))
        {
            i++;
            var slug = item.String("slug");
            var e = item.Named($"'{slug}' (#{i})");
            if (!slugs.Contains(slug)) throw e.Fail("slug", $"'{slug}' is not a category in categories.json");
            if (!seen.Add(slug)) throw e.Fail("slug", $"'{slug}' appears more than once");
            var unitName = e.String("tradeUnit");
            var unit = Assessment.Wire.Parse<TradeUnit>(unitName)
                ?? throw e.Fail("tradeUnit", $"'{unitName}' is not one of {string.Join(", ", Assessment.Wire.NamesOf<TradeUnit>())}");
            var prices = e.Objects("prices").Select(p => ReadPrice(p, sources, bands)).ToList();
            var pctEntry = e.OptionalObject("percentBelowInHouse");
            PercentBelowInHouse? pct = null;
            if (pctEntry is not null)
            {
                pct = new PercentBelowInHouse(pctEntry.Decimal("min"), pctEntry.Decimal("max"), pctEntry.String("source"));
                if (pct.Min < 0 || pct.Max > 100 || pct.Min > pct.Max) throw pctEntry.Fail("min", "must be 0 to 100 with min at most max");
                Known(pctEntry, "source", pct.Source, sources);
            }
            var kinds = Labels(e, "providerKinds", "kind", sources);
            var models = Labels(e, "pricingModels", "model", sources);
            var w = e.OptionalObject("wage");
            InHouseWage? wage = null;
            if (w is not null)
            {
                wage = new InHouseWage(w.String("soc"), w.String("occupation"), w.String("measure"), w.Decimal("hourly"), w.OptionalDecimal("annual"),
                    w.Bool("hourlyFromAnnual", false), w.OptionalInt("year"), w.OptionalString("period"), w.String("source"), w.Bool("proxy", false),
                    w.OptionalString("proxyNote"), w.Bool("secondary", false), w.OptionalString("via"));
                if (wage.Hourly <= 0) throw w.Fail("hourly", "must be above 0");
                if (wage.Proxy && wage.ProxyNote is null) throw w.Fail("proxyNote", "a proxy occupation must say why it stands in");
                if (wage.Secondary && wage.Via is null) throw w.Fail("via", "a figure from a secondary page must say through whom it came");
                Known(w, "source", wage.Source, sources);
            }
            categories.Add(new CategoryCosts(slug, unit, prices, pct, kinds, models, wage, e.Strings("gaps", required: false)));
        }
        foreach (var missing in slugs.Where(s => !seen.Contains(s)).Order(StringComparer.Ordinal))
            throw new SeedDataException(File, null, "categories", $"category '{missing}' has no cost entry (an entry may hold empty prices and say why in gaps)");
        return new CostBook(loaded, cover, categories);
    }

    private static ProviderPrice ReadPrice(SeedEntry p, IReadOnlySet<string> sources, IReadOnlySet<string> bands)
    {
        var price = new ProviderPrice(p.Decimal("min"), p.Decimal("max"), p.Bool("openEnded", false), p.OptionalString("providerCountry"),
            p.OptionalString("region"), p.OptionalString("band"), p.OptionalString("providerKind"), p.OptionalInt("year"), p.String("source"), p.OptionalString("note"));
        if (price.Min < 0) throw p.Fail("min", $"is {price.Min}, below 0");
        if (price.Min > price.Max) throw p.Fail("min", $"is {price.Min}, above max {price.Max}");
        if (price.Band is not null && !bands.Contains(price.Band)) throw p.Fail("band", $"'{price.Band}' is not a location band");
        if (price.ProviderCountry is { Length: not 2 } country) throw p.Fail("providerCountry", $"'{country}' is not an ISO 3166-1 alpha-2 code");
        Known(p, "source", price.Source, sources);
        return price;
    }

    private static List<SourcedLabel> Labels(SeedEntry e, string field, string nameField, IReadOnlySet<string> sources) =>
        [.. e.Objects(field).Select(x =>
        {
            var label = new SourcedLabel(x.String(nameField), x.String("source"));
            Known(x, "source", label.Source, sources);
            return label;
        })];

    private static void Known(SeedEntry e, string field, string id, IReadOnlySet<string> sources)
    {
        if (!sources.Contains(id)) throw e.Fail(field, $"'{id}' is not a known source id");
    }
}
