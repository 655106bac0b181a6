namespace OutsourcingAdvisor.Domain.Countries;

/// <summary>One country of seed-data/countries.json: where it is, how it works, and the sourced figures we hold for it.</summary>
public sealed record Country
{
    /// <summary>ISO 3166-1 alpha-2, upper case.</summary>
    public required string Code { get; init; }
    public required string Name { get; init; }
    public required string Region { get; init; }
    /// <summary>IANA ids; the first is the main business zone, used when the owner is elsewhere.</summary>
    public required IReadOnlyList<string> TimeZones { get; init; }
    /// <summary>ISO 4217.</summary>
    public required string Currency { get; init; }
    public IReadOnlyList<string> CurrencySources { get; init; } = [];
    public string? CurrencyNote { get; init; }
    /// <summary>ISO 639-1 codes of the main business languages.</summary>
    public required IReadOnlyList<string> Languages { get; init; }
    public required string LanguagesSource { get; init; }
    public string? LanguagesNote { get; init; }
    public required bool EuMember { get; init; }
    public required bool EeaMember { get; init; }
    public required DataTransfer EuDataTransfer { get; init; }
    public LocationIndexRank? Gsli { get; init; }
    public WageFigure? AverageWage { get; init; }
    public IReadOnlyList<WageFigure> OtherWageFigures { get; init; } = [];
    public IReadOnlyList<BilledRate> BilledRates { get; init; } = [];
    public EnglishProficiency? EnglishProficiency { get; init; }

    public string MainTimeZone => TimeZones[0];
}

/// <summary>How EU personal data may go to a country: inside the EEA, under an adequacy decision, partly, or only with safeguards.</summary>
public enum TransferStatus { Eea, Adequacy, Partial, None }

public sealed record DataTransfer(TransferStatus Status, string? Note, string Source);

/// <summary>A country's rank in Kearney's Global Services Location Index, as a public page reports it.</summary>
public sealed record LocationIndexRank(int Rank, int Edition, string Source, string? Note);

/// <summary>A country's place in the EF English Proficiency Index, where a page shows it.</summary>
public sealed record EnglishProficiency(string Index, int Edition, int Rank, int Score, string Band, string Source);

/// <summary>A wage figure exactly as its source states it (basis says PPP, market rate or national currency).</summary>
public sealed record WageFigure
{
    public decimal? Amount { get; init; }
    public decimal? Min { get; init; }
    public decimal? Max { get; init; }
    public required string Currency { get; init; }
    public required string Basis { get; init; }
    public int? Year { get; init; }
    public required string Unit { get; init; }
    public string? What { get; init; }
    public required string Source { get; init; }
}

/// <summary>A provider's or contractor's rate seen for a country; shown on the catalogue page, not used in scoring.</summary>
public sealed record BilledRate
{
    public decimal? Min { get; init; }
    public decimal? Max { get; init; }
    public decimal? Amount { get; init; }
    public required string Currency { get; init; }
    public required string Unit { get; init; }
    public required string Work { get; init; }
    public int? Year { get; init; }
    public required string Kind { get; init; }
    public required string Source { get; init; }
}

/// <summary>A public reference behind a country fact.</summary>
public sealed record CountrySource(string Id, string Title, string Publisher, int? Year, string Url, string? Note);

/// <summary>When a country is nearshore for an owner (see seed-data/README.md, "The nearshore rule").</summary>
public sealed record NearshoreRule(decimal MaxGapHours, bool SameRegion, IReadOnlyList<MonthDay> CheckDates, string Note);

/// <summary>A day of the year on which the nearshore gap is checked.</summary>
public sealed record MonthDay(int Month, int Day);

/// <summary>The working day both sides are assumed to keep, in local time, and how many shared hours a wish for overlap needs.</summary>
public sealed record WorkingDay(TimeOnly Start, TimeOnly End)
{
    /// <summary>With a wish for full overlap, a band sharing at least this many hours is still a moderate fit.</summary>
    public double FullOverlapModerateFromHours { get; init; } = 4;
    /// <summary>With a wish for a few shared hours, a band sharing at least this many fits.</summary>
    public double PartialOverlapFromHours { get; init; } = 2;

    public double Hours => (End - Start).TotalHours;
}

/// <summary>The points the example-country ranking gives each factor (editorial; see countries.json "ranking").</summary>
public sealed record RankingWeights
{
    public required double CostPoints { get; init; }
    public required double CutCostsFactor { get; init; }
    public required double HoursPointsPerHour { get; init; }
    public required double LanguagePoints { get; init; }
    public required double CustomerFacingLanguageFactor { get; init; }
    public required double DataRulePoints { get; init; }
    public required double HighSensitivityDataFactor { get; init; }
    public required double GsliPoints { get; init; }
    public required int GsliCountries { get; init; }
    public required int Examples { get; init; }
}

/// <summary>Which wage table scales US prices to another country, and for which year and basis.</summary>
public sealed record WageRatioBasis(string Source, string YearSource, string Basis, int Year, string BaseCountry, string Note);

/// <summary>Everything in seed-data/countries.json, read and checked.</summary>
public sealed record CountryTable
{
    public required NearshoreRule NearshoreRule { get; init; }
    public required WorkingDay WorkingDay { get; init; }
    public required RankingWeights Ranking { get; init; }
    public required WageRatioBasis WageRatio { get; init; }
    public required string AdequacySource { get; init; }
    public string? AdequacyNote { get; init; }
    /// <summary>Owners outside the EEA whose own transfer list names the same countries as the EU's (the UK).</summary>
    public IReadOnlyList<string> SameListOwners { get; init; } = [];
    public string? SameListSource { get; init; }
    public string? SameListNote { get; init; }
    public required FxTable Fx { get; init; }
    public required IReadOnlyList<CountrySource> Sources { get; init; }
    public required IReadOnlyList<Country> Countries { get; init; }
    public IReadOnlyList<string> Gaps { get; init; } = [];
    /// <summary>How each currency reads (countries.json "currencies"); empty in versions stored before it was data.</summary>
    public IReadOnlyDictionary<string, CurrencyName> Currencies { get; init; } = new Dictionary<string, CurrencyName>();
    /// <summary>The source of the currencies' minor-unit digits.</summary>
    public string? CurrencySource { get; init; }

    /// <summary>How <paramref name="code"/> reads: the table's entry, the US dollar, or the code itself.</summary>
    public CurrencyName CurrencyOf(string code) =>
        Currencies.TryGetValue(code, out var name) ? name : code == "USD" ? CurrencyName.UsDollar : CurrencyName.Unknown(code);

    private Dictionary<string, Country>? _byCode;

    public Country? Find(string? code) =>
        code is null ? null : (_byCode ??= Countries.ToDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase)).GetValueOrDefault(code);
}
