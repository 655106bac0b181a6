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
        if (destination.Code == owner.Code) return (1, Text.English.Engine.OwnCountryNoTransfer);
        if (!owner.EeaMember && destination.Code != owner.Code && destination.EeaMember)
            return (1, Text.English.Countries.InEeaByOwnList(owner));
        return destination.EuDataTransfer.Status switch
        {
            TransferStatus.Eea => (1, Text.English.Engine.InsideEea),
            TransferStatus.Adequacy => (1, Text.English.Engine.OnAdequacyList),
            TransferStatus.Partial => (0.5, Text.English.Engine.PartlyAdequate(destination.EuDataTransfer.Note)),
            _ => (0, Text.English.Engine.NotOnAdequacyList),
        };
    }

    public static string SourceFor(Country owner, CountryTable table, Country destination) =>
        table.SameListOwners.Contains(owner.Code) ? table.SameListSource ?? table.AdequacySource : destination.EuDataTransfer.Source;
}
