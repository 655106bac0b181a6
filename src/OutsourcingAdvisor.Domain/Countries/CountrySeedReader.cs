using System.Globalization;
using System.Text.Json;
using OutsourcingAdvisor.Domain.Catalogue.Seed;

namespace OutsourcingAdvisor.Domain.Countries;

/// <summary>
/// Reads seed-data/countries.json and checks it the way <see cref="SeedReader"/> checks the other files: the first
/// problem stops the read with the file, the entry and the field.
/// </summary>
public static class CountrySeedReader
{
    public const string File = "countries.json";

    public static CountryTable Read(string directory, Func<string, bool> knownSourceElsewhere)
    {
        var path = Path.Combine(directory, File);
        JsonElement rootElement;
        try
        {
            using var doc = JsonDocument.Parse(System.IO.File.ReadAllBytes(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
            rootElement = doc.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            throw new SeedDataException(File, null, null, $"malformed JSON at line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1}");
        }
        catch (FileNotFoundException)
        {
            throw new SeedDataException(File, null, null, $"the file is missing (looked in {directory})");
        }
        if (rootElement.ValueKind != JsonValueKind.Object) throw new SeedDataException(File, null, null, "the file must hold one JSON object");
        var root = new SeedEntry(File, "(top level)", rootElement);

        var sources = root.Objects("sources").Select(s => new CountrySource(
            s.String("id"), s.String("title"), s.String("publisher"), s.OptionalInt("year"), s.String("url"), s.OptionalString("note"))).ToList();
        var ownIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in sources)
        {
            if (!ownIds.Add(s.Id)) throw root.Fail("sources", $"'{s.Id}' appears more than once");
            if (knownSourceElsewhere(s.Id)) throw root.Fail("sources", $"'{s.Id}' is already an id in sources.json");
            if (!Uri.TryCreate(s.Url, UriKind.Absolute, out var u) || u.Scheme is not ("http" or "https"))
                throw root.Fail("sources", $"'{s.Id}' has no http(s) address");
        }
        bool Known(string id) => ownIds.Contains(id) || knownSourceElsewhere(id);
        string Src(SeedEntry e, string field)
        {
            var id = e.String(field);
            return Known(id) ? id : throw e.Fail(field, $"'{id}' is not a known source id");
        }

        var nr = root.Object("nearshoreRule");
        var dates = nr.Strings("checkDates").Select(d =>
            DateOnly.TryParseExact("2000-" + d, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var x)
                ? new MonthDay(x.Month, x.Day) : throw nr.Fail("checkDates", $"'{d}' is not a MM-dd date")).ToList();
        if (dates.Count == 0) throw nr.Fail("checkDates", "must name at least one date");
        var rule = new NearshoreRule(nr.Decimal("maxGapHours"), nr.Bool("sameRegion", true), dates, nr.String("note"));
        if (rule.MaxGapHours is < 0 or > 12) throw nr.Fail("maxGapHours", "must lie between 0 and 12");
        Src(nr, "source");

        var wd = root.Object("workingDay");
        var day = new WorkingDay(Time(wd, "start"), Time(wd, "end"))
        {
            FullOverlapModerateFromHours = wd.Double("fullOverlapModerateFromHours"),
            PartialOverlapFromHours = wd.Double("partialOverlapFromHours"),
        };
        if (day.End <= day.Start) throw wd.Fail("end", "must be after start");
        if (day.FullOverlapModerateFromHours is < 0 || day.FullOverlapModerateFromHours > day.Hours) throw wd.Fail("fullOverlapModerateFromHours", "must lie within the working day");
        if (day.PartialOverlapFromHours is < 0 || day.PartialOverlapFromHours > day.Hours) throw wd.Fail("partialOverlapFromHours", "must lie within the working day");

        var rk = root.Object("ranking");
        var ranking = new RankingWeights
        {
            CostPoints = rk.Double("costPoints"),
            CutCostsFactor = rk.Double("cutCostsFactor"),
            HoursPointsPerHour = rk.Double("hoursPointsPerHour"),
            LanguagePoints = rk.Double("languagePoints"),
            CustomerFacingLanguageFactor = rk.Double("customerFacingLanguageFactor"),
            DataRulePoints = rk.Double("dataRulePoints"),
            HighSensitivityDataFactor = rk.Double("highSensitivityDataFactor"),
            GsliPoints = rk.Double("gsliPoints"),
            GsliCountries = rk.Int("gsliCountries"),
            Examples = rk.Int("examples"),
        };
        foreach (var (value, field) in new[] { (ranking.CostPoints, "costPoints"), (ranking.HoursPointsPerHour, "hoursPointsPerHour"), (ranking.LanguagePoints, "languagePoints"), (ranking.CutCostsFactor, "cutCostsFactor"), (ranking.CustomerFacingLanguageFactor, "customerFacingLanguageFactor"),
                     (ranking.DataRulePoints, "dataRulePoints"), (ranking.HighSensitivityDataFactor, "highSensitivityDataFactor"), (ranking.GsliPoints, "gsliPoints") })
            if (value is < 0 or > 20) throw rk.Fail(field, $"is {value}; points lie between 0 and 20");
        if (ranking.Examples is < 1 or > 10) throw rk.Fail("examples", "must lie between 1 and 10");
        if (ranking.GsliCountries < 1) throw rk.Fail("gsliCountries", "must be at least 1");
        Src(rk, "source");

        var wr = root.Object("wageRatio");
        var wageRatio = new WageRatioBasis(Src(wr, "source"), Src(wr, "yearSource"), wr.String("basis"), wr.Int("year"), wr.String("baseCountry"), wr.String("note"));

        var ad = root.Object("adequacy");
        var adequacySource = Src(ad, "source");
        var sameList = ad.Strings("sameListOwners", required: false);
        string? sameListSource = sameList.Count > 0 ? Src(ad, "sameListSource") : null;

        var fx = ReadFx(root.Object("fxRates"), Src);

        if (!rootElement.TryGetProperty("countries", out var list) || list.ValueKind != JsonValueKind.Array)
            throw root.Fail("countries", "the list of countries is missing");
        var countries = new List<Country>();
        var i = 0;
        foreach (var element in list.EnumerateArray())
        {
            i++;
            if (element.ValueKind != JsonValueKind.Object) throw new SeedDataException(File, $"#{i}", null, "must be an object");
            var name = element.TryGetProperty("code", out var k) && k.ValueKind == JsonValueKind.String ? $"'{k.GetString()}' (#{i})" : $"#{i}";
            var e = new SeedEntry(File, name, element);
            var c = ReadCountry(e, element, Src, Known);
            if (countries.Any(x => x.Code == c.Code)) throw e.Fail("code", $"'{c.Code}' appears more than once");
            countries.Add(c);
        }
        if (countries.All(c => c.Code != wageRatio.BaseCountry)) throw wr.Fail("baseCountry", $"'{wageRatio.BaseCountry}' is not a country in the table");
        foreach (var code in sameList.Where(code => countries.All(c => c.Code != code)))
            throw ad.Fail("sameListOwners", $"'{code}' is not a country in the table");

        return new CountryTable
        {
            NearshoreRule = rule,
            WorkingDay = day,
            Ranking = ranking,
            WageRatio = wageRatio,
            AdequacySource = adequacySource,
            AdequacyNote = ad.OptionalString("note"),
            SameListOwners = sameList,
            SameListSource = sameListSource,
            SameListNote = ad.OptionalString("sameListNote"),
            Fx = fx,
            Sources = sources,
            Countries = countries,
            Gaps = root.Strings("gaps", required: false),
            Currencies = ReadCurrencies(root, rootElement, fx, countries),
            CurrencySource = rootElement.TryGetProperty("currencySource", out _) ? Src(root, "currencySource") : null,
        };
    }

    /// <summary>
    /// "currencies": how each currency reads. Optional, but when present it must describe every currency with a rate
    /// and every country's currency, so no report falls back to a bare code.
    /// </summary>
    private static Dictionary<string, CurrencyName> ReadCurrencies(SeedEntry root, JsonElement rootElement, FxTable fx, List<Country> countries)
    {
        var names = new Dictionary<string, CurrencyName>(StringComparer.Ordinal);
        if (!rootElement.TryGetProperty("currencies", out var list)) return names;
        if (list.ValueKind != JsonValueKind.Object) throw root.Fail("currencies", "must be an object keyed by ISO 4217 code");
        var c = root.Object("currencies");
        foreach (var property in list.EnumerateObject())
        {
            var code = property.Name;
            if (!IsCurrencyCode(code)) throw c.Fail(code, "is not an ISO 4217 code (three capital letters)");
            var e = c.Object(code);
            var symbol = e.OptionalString("symbol");
            var suffix = e.OptionalString("suffix");
            if ((symbol is null) == (suffix is null)) throw e.Fail("symbol", "give either a symbol written before the amount or a suffix written after it");
            var minor = e.OptionalInt("minorUnits") ?? 2;
            if (minor is < 0 or > 3) throw e.Fail("minorUnits", "must lie between 0 and 3");
            names[code] = new CurrencyName(code, e.String("name"), e.String("plural"), symbol, suffix, minor);
        }
        foreach (var code in fx.Rates.Keys.Concat(countries.Select(x => x.Currency)).Distinct())
            if (!names.ContainsKey(code)) throw c.Fail(code, "is missing: every currency with a rate, and every country's currency, needs a name");
        var signs = names.Values.Select(n => n.Symbol ?? n.Suffix!).GroupBy(s => s).FirstOrDefault(g => g.Count() > 1);
        if (signs is not null) throw c.Fail(signs.Key, "is the sign of more than one currency: amounts would be ambiguous");
        return names;
    }

    private static TimeOnly Time(SeedEntry e, string field) =>
        TimeOnly.TryParseExact(e.String(field), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)
            ? t : throw e.Fail(field, "must be a time of day as HH:mm");

    private static FxTable ReadFx(SeedEntry fx, Func<SeedEntry, string, string> src)
    {
        var baseCurrency = fx.String("base");
        if (!DateOnly.TryParseExact(fx.String("date"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            throw fx.Fail("date", "must be a date as yyyy-MM-dd");
        var rates = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var (code, value) in fx.Numbers("rates"))
        {
            if (!IsCurrencyCode(code)) throw fx.Fail($"rates.{code}", "is not an ISO 4217 code (three capital letters)");
            if (value <= 0) throw fx.Fail($"rates.{code}", "must be above 0");
            rates[code] = (decimal)value;
        }
        if (!rates.TryGetValue(baseCurrency, out var one) || one != 1) throw fx.Fail($"rates.{baseCurrency}", "the base currency must be listed at 1");
        if (!rates.ContainsKey("USD")) throw fx.Fail("rates.USD", "is missing: every amount is converted from US dollars");
        return new FxTable(baseCurrency, date, src(fx, "source"), fx.OptionalString("note"), rates);
    }

    private static Country ReadCountry(SeedEntry item, JsonElement element, Func<SeedEntry, string, string> src, Func<string, bool> knownSource)
    {
        var e = item;
        var code = item.String("code");
        if (code.Length != 2 || !code.All(char.IsAsciiLetterUpper)) throw e.Fail("code", $"'{code}' is not an ISO 3166-1 alpha-2 code (two capital letters)");
        var zones = item.Strings("timeZones");
        if (zones.Count == 0) throw e.Fail("timeZones", "must name at least one IANA time zone");
        foreach (var z in zones.Where(z => !WorkingHours.IsKnownZone(z))) throw e.Fail("timeZones", $"'{z}' is not an IANA time zone this machine knows");
        var currency = item.String("currency");
        if (!IsCurrencyCode(currency)) throw e.Fail("currency", $"'{currency}' is not an ISO 4217 code");
        var languages = item.Strings("languages");
        if (languages.Count == 0 || languages.Any(l => l.Length != 2 || !l.All(char.IsAsciiLetterLower)))
            throw e.Fail("languages", "must list ISO 639-1 codes (two small letters)");
        var transfer = item.Object("euDataTransfer");
        var status = transfer.String("status") switch
        {
            "eea" => TransferStatus.Eea,
            "adequacy" => TransferStatus.Adequacy,
            "partial" => TransferStatus.Partial,
            "none" => TransferStatus.None,
            var s => throw transfer.Fail("status", $"'{s}' is not one of eea, adequacy, partial, none"),
        };
        var eea = item.Bool("eeaMember", false);
        if (eea != (status == TransferStatus.Eea)) throw transfer.Fail("status", "is 'eea' exactly when eeaMember is true");
        var g = item.OptionalObject("gsli");
        LocationIndexRank? gsli = null;
        if (g is not null)
        {
            gsli = new LocationIndexRank(g.Int("rank"), g.Int("edition"), src(g, "source"), g.OptionalString("note"));
            if (gsli.Rank < 1) throw g.Fail("rank", "must be at least 1");
        }
        return new Country
        {
            Code = code,
            Name = item.String("name"),
            Region = item.String("region"),
            TimeZones = zones,
            Currency = currency,
            Languages = languages,
            LanguagesSource = src(item, "languagesSource"),
            LanguagesNote = item.OptionalString("languagesNote"),
            EuMember = item.Bool("euMember", false),
            EeaMember = eea,
            EuDataTransfer = new DataTransfer(status, transfer.OptionalString("note"), src(transfer, "source")),
            Gsli = gsli,
            AverageWage = item.OptionalObject("averageWage") is { } w ? Wage(w, src) : null,
            OtherWageFigures = element.TryGetProperty("otherWageFigures", out _) ? [.. item.Objects("otherWageFigures").Select(w => Wage(w, src))] : [],
            CurrencySources = element.TryGetProperty("currencySource", out _) ? [.. item.Strings("currencySource").Select(id => knownSource(id) ? id : throw item.Fail("currencySource", $"'{id}' is not a known source id"))] : [],
            CurrencyNote = item.OptionalString("currencyNote"),
            EnglishProficiency = item.OptionalObject("englishProficiency") is { } ep
                ? new EnglishProficiency(ep.String("index"), ep.Int("edition"), ep.Int("rank"), ep.Int("score"), ep.String("band"), src(ep, "source"))
                : null,
            BilledRates = element.TryGetProperty("billedRates", out _) ? [.. item.Objects("billedRates").Select(b => Billed(b, src))] : [],
        };
    }

    private static WageFigure Wage(SeedEntry w, Func<SeedEntry, string, string> src)
    {
        var figure = new WageFigure
        {
            Amount = w.OptionalDecimal("amount"),
            Min = w.OptionalDecimal("min"),
            Max = w.OptionalDecimal("max"),
            Currency = w.String("currency"),
            Basis = w.String("basis"),
            Year = w.OptionalInt("year"),
            Unit = w.String("unit"),
            What = w.OptionalString("what"),
            Source = src(w, "source"),
        };
        CheckAmount(w, figure.Amount, figure.Min, figure.Max);
        if (figure.Unit is not ("year" or "month" or "hour")) throw w.Fail("unit", $"'{figure.Unit}' is not one of year, month, hour");
        return figure;
    }

    private static BilledRate Billed(SeedEntry b, Func<SeedEntry, string, string> src)
    {
        var rate = new BilledRate
        {
            Amount = b.OptionalDecimal("amount"),
            Min = b.OptionalDecimal("min"),
            Max = b.OptionalDecimal("max"),
            Currency = b.String("currency"),
            Unit = b.String("unit"),
            Work = b.String("work"),
            Year = b.OptionalInt("year"),
            Kind = b.String("kind"),
            Source = src(b, "source"),
        };
        CheckAmount(b, rate.Amount, rate.Min, rate.Max);
        return rate;
    }

    private static void CheckAmount(SeedEntry e, decimal? amount, decimal? min, decimal? max)
    {
        if (amount is null && (min is null || max is null)) throw e.Fail("amount", "give an amount, or both min and max");
        if (amount is < 0 || min is < 0) throw e.Fail("amount", "must not be negative");
        if (min > max) throw e.Fail("min", $"is {min}, above max {max}");
    }

    private static bool IsCurrencyCode(string s) => s.Length == 3 && s.All(char.IsAsciiLetterUpper);
}
