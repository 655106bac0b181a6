namespace OutsourcingAdvisor.Domain.Countries;

/// <summary>
/// The transfer rules an owner in the EU/EEA works under (the Commission's adequacy list), and a UK owner too,
/// whose own list names the same countries (countries.json "adequacy").
/// </summary>
public static class DataRules
{
    public static bool OwnerFollowsEuList(Country owner, CountryTable table) =>
        owner.EeaMember || table.SameListOwners.Contains(owner.Code);

    /// <summary>How much of the data points a destination earns (0 to 1) and the sentence that says why.</summary>
    public static (double Share, string Text) Describe(Country owner, Country destination, CountryTable table)
    {
        if (destination.Code == owner.Code) return (1, "Your own country: no transfer abroad.");
        if (!owner.EeaMember && destination.Code != owner.Code && destination.EeaMember)
            return (1, Text.English.Countries.InEeaByOwnList(owner));
        return destination.EuDataTransfer.Status switch
        {
            TransferStatus.Eea => (1, "Inside the EEA: GDPR applies there too, so personal data moves without extra safeguards."),
            TransferStatus.Adequacy => (1, "On the European Commission's adequacy list: personal data may go there without extra safeguards."),
            TransferStatus.Partial => (0.5, $"Only partly covered by an adequacy decision: {destination.EuDataTransfer.Note}"),
            _ => (0, "Not on the adequacy list: personal data needs standard contractual clauses or another Article 46 safeguard to go there."),
        };
    }

    public static string SourceFor(Country owner, CountryTable table, Country destination) =>
        table.SameListOwners.Contains(owner.Code) ? table.SameListSource ?? table.AdequacySource : destination.EuDataTransfer.Source;
}
