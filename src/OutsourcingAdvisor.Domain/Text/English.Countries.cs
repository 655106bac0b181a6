using System.Globalization;
using OutsourcingAdvisor.Domain.Countries;

namespace OutsourcingAdvisor.Domain.Text;

public static partial class English
{
    /// <summary>"New York" for America/New_York: the place an IANA zone is named after, as a person reads it.</summary>
    public static string Zone(string zone) => zone[(zone.LastIndexOf('/') + 1)..].Replace('_', ' ');

    /// <summary>The English name of an ISO 639-1 language of the country table; the code where it has none.</summary>
    public static string Language(string code) => Languages.TryGetValue(code, out var name) ? name : code;

    // The languages the country table names (countries.json "languages"); a test keeps every one of them here.
    private static readonly Dictionary<string, string> Languages = new(StringComparer.Ordinal)
    {
        ["af"] = "Afrikaans", ["ar"] = "Arabic", ["bg"] = "Bulgarian", ["cs"] = "Czech", ["da"] = "Danish", ["de"] = "German",
        ["el"] = "Greek", ["en"] = "English", ["es"] = "Spanish", ["et"] = "Estonian", ["fi"] = "Finnish", ["fr"] = "French",
        ["ga"] = "Irish", ["he"] = "Hebrew", ["hi"] = "Hindi", ["hu"] = "Hungarian", ["id"] = "Indonesian", ["it"] = "Italian",
        ["ja"] = "Japanese", ["ko"] = "Korean", ["lb"] = "Luxembourgish", ["mi"] = "Maori", ["ms"] = "Malay", ["nl"] = "Dutch",
        ["no"] = "Norwegian", ["pl"] = "Polish", ["pt"] = "Portuguese", ["ro"] = "Romanian", ["si"] = "Sinhala", ["sk"] = "Slovak",
        ["sl"] = "Slovenian", ["sv"] = "Swedish", ["ta"] = "Tamil", ["th"] = "Thai", ["tl"] = "Filipino", ["uk"] = "Ukrainian",
        ["vi"] = "Vietnamese", ["xh"] = "Xhosa", ["zh"] = "Chinese", ["zu"] = "Zulu", ["ar-IL"] = "Arabic",
    };

    /// <summary>Whether <see cref="Language"/> knows the code (for the test that holds every table language named).</summary>
    public static bool KnowsLanguage(string code) => Languages.ContainsKey(code);

    /// <summary>The sentences of where the business is: bands, example countries, onshore prices, the report's currency.</summary>
    public static class Countries
    {
        private static string Hours(double h) => h == 1 ? "1 hour" : $"{h.ToString("0.#", Invariant)} hours";

        public static string OwnCountry(Country c) => $"{Capital(CountryIn(c))} is your own country.";
        public static string InYourRegion(Country c) => $"{Capital(CountryIn(c))} is in your region ({c.Region}).";
        public static string CloseClock(Country c, double widest) =>
            $"{Capital(CountrysOwn(c.Code, c.Name))} clock ({Zone(c.MainTimeZone)}) is at most {Hours(widest)} from yours all year.";
        public static string FarClock(Country c, double widest, double maxGap) =>
            $"{Capital(CountrysOwn(c.Code, c.Name))} clock ({Zone(c.MainTimeZone)}) is up to {Hours(widest)} from yours, more than the {Hours(maxGap)} a nearshore country may be.";

        public static string TooDear(Country c, Country owner, string share, string bandMax, string band) =>
            $"{Capital(CountrysOwn(c.Code, c.Name))} average wage is {share} of {CountrysOwn(owner.Code, owner.Name)}, above the {bandMax} the {band} cost figures assume.";
        public static string WageShare(string share, Country owner, int year) =>
            $"Average wage {share} of {CountrysOwn(owner.Code, owner.Name)} (OECD {year}, at purchasing power parity).";
        public static string NoWageToCompare(Country c, int year) => $"No {year} OECD average wage for {CountryIn(c)} to compare costs with.";
        public static string SharedHours(double hours, TimeOnly start, TimeOnly end, DateOnly date, string zone) =>
            $"Shares {Hours(hours)} of your {start.ToString("HH:mm", Invariant)}–{end.ToString("HH:mm", Invariant)} day on {Date(date)} ({Zone(zone)} time).";
        public static string SharedLanguage(IEnumerable<string> codes) => $"Business language shared with yours: {List(codes.Select(Language))}.";
        public static string NoSharedLanguage(IEnumerable<string> theirs) => $"No business language in common with yours (theirs: {List(theirs.Select(Language))}).";
        public static string LocationIndexRank(int rank, int of, int edition) =>
            $"Ranked {Ordinal(rank)} of {of} in Kearney's Global Services Location Index {edition}.";

        public static string InEeaByOwnList(Country owner) =>
            $"In the EEA, which {CountrysOwn(owner.Code, owner.Name)} adequacy list covers: personal data may go there without extra safeguards.";

        public static string AssumedUs(Country c, string zone) =>
            $"No business country was given, so the advice assumes a business in {CountryIn(c)}, on {Zone(zone)} time.";

        public static string OnshoreAsPublished(Country us) => $"Onshore prices are the catalogue's {CountrysOwn(us.Code, us.Name)} prices, as published.";
        public static string OnshoreUnscaled(Country us, Country owner) =>
            $"Onshore prices are {UsAdjective(us)} prices, not adjusted: the OECD wage table the catalogue adjusts by has no figure for {CountryIn(owner)}.";
        public static string OnshoreScaled(Country us, Country owner, decimal ratio, int year) =>
            $"Onshore prices are {UsAdjective(us)} prices at {CountrysOwn(owner.Code, owner.Name)} wage level: its average wage is {Math.Round(ratio * 100):0}% of the {UsAdjective(us)} one (OECD, {year}, at purchasing power parity).";

        // "US prices", as English writes the United States as an adjective; other base countries by their names.
        private static string UsAdjective(Country us) => us.Code == "US" ? "US" : CountrysOwn(us.Code, us.Name);
        public static string OnshoreLocal(Country owner, decimal? hireFactor) =>
            $"Onshore prices for this work are {CountrysOwn(owner.Code, owner.Name)} own, as the sources publish them; a hire is costed at the US wage"
            + (hireFactor is { } f ? $" at {CountrysOwn(owner.Code, owner.Name)} wage level ({Math.Round(f * 100):0}% of the US one)." : ", not adjusted: no local wage level is known.");

        public static string NoRateFor(CurrencyName currency) =>
            $"The catalogue holds no dated reference rate for the {currency.Name}, so amounts are in US dollars.";
    }

    /// <summary>"1st", "2nd", "11th".</summary>
    public static string Ordinal(int n) => (n % 100) switch
    {
        11 or 12 or 13 => $"{n}th",
        _ => (n % 10) switch { 1 => $"{n}st", 2 => $"{n}nd", 3 => $"{n}rd", _ => $"{n}th" },
    };
}
