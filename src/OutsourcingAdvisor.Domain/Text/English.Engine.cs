namespace OutsourcingAdvisor.Domain.Text;

public static partial class English
{
    /// <summary>The engine's own sentences: tie rules and close calls, answer warnings, the preference note.</summary>
    public static class Engine
    {
        public const string ModelTieRule = "lower cost first, then the model your skill level and engagement point to (BPO for basic and intermediate ongoing work, KPO for specialist and expert work, a project for work that is not ongoing), then the model the documents file this work under";
        public const string LocationTieRule = "lower cost first, then the location you prefer, then more shared working hours";

        public static string Tied(string rule) => $"Tied on points; settled by the tie rule: {rule}.";
        public static string AheadByLessThanClear(double points, string rule) =>
            $"Ahead by {points:0.#} points, less than a clear margin; on equal points the tie rule would be: {rule}.";

        public const string ProjectForWholeProcess =
            "Your answers pull two ways: a whole business process is handed over for the long term (the shape of BPO), while a project is a piece of work with an end. Check which you mean.";

        // The preference note: why the location the owner asked for is not the one recommended.
        public static string PreferredNotOffered(string wanted) => $"You asked for {wanted} delivery, but this catalogue offers no {wanted} providers.";
        public static string PreferredRuledOut(string wanted, IEnumerable<string> why) => $"You asked for {wanted} delivery, but it is ruled out: {string.Join(" ", why)}";
        public static string MainlyBecause(IEnumerable<string> against) => $" Mainly: {string.Join(" ", against)}";
        public static string MorePoints(string winner) => $" {winner} simply gathered more points from your other answers.";
        public static string PreferredRanks(string wanted, int rank, double score, double winnerScore, Scoring.LocationOption winner, string why) =>
            $"You asked for {wanted} delivery; it ranks {PlaceName(rank)} with {score:0.#} against {winnerScore:0.#} for {Scoring.OptionNames.Name(winner)}.{why}";
        private static string PlaceName(int n) => n switch { 2 => "second", 3 => "third", _ => $"#{n}" };

        // Data rules for an owner who follows the EU's list (countries.json "adequacy").
        public const string OwnCountryNoTransfer = "Your own country: no transfer abroad.";
        public const string InsideEea = "Inside the EEA: GDPR applies there too, so personal data moves without extra safeguards.";
        public const string OnAdequacyList = "On the European Commission's adequacy list: personal data may go there without extra safeguards.";
        public static string PartlyAdequate(string? note) => $"Only partly covered by an adequacy decision: {note}";
        public const string NotOnAdequacyList = "Not on the adequacy list: personal data needs standard contractual clauses or another Article 46 safeguard to go there.";

        public const string NoLocationIndexRank = "No public Global Services Location Index rank found.";
        /// <summary>The note of a rate table without currency names; with a country table, <see cref="Countries.NoRateFor"/> names the currency.</summary>
        public static string NoRateForCode(string code) => $"The catalogue holds no dated reference rate for {code}, so amounts are in US dollars.";
    }
}
