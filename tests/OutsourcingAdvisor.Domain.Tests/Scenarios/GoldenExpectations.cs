using OutsourcingAdvisor.Domain.Assessment;
using OutsourcingAdvisor.Domain.Scoring;

namespace OutsourcingAdvisor.Domain.Tests.Scenarios;

/// <summary>What a golden scenario may expect of a result, one key per behaviour of the advice.</summary>
public static class GoldenExpectations
{
    public static readonly string[] Keys =
    [
        "model", "specialization", "location", "modelNot", "locationNot", "leadStrength", "leadNot", "fit", "priceBasis",
        "priceSource", "costKnown", "inHouseKnown", "inHouseSoc", "inHouseYear", "isTotal", "quantity", "warning", "closeCall",
        "alternative", "providerKind", "pricingModel",
    ];

    public static void Check(string key, string? value, AssessmentResult r)
    {
        var cost = r.Cost;
        switch (key)
        {
            case "model": Assert.Equal(value, Wire.Name(r.Recommendation.Model)); break;
            case "specialization": Assert.Equal(value, r.Recommendation.Specialization is { } sp ? Wire.Name(sp) : null); break;
            case "location": Assert.Equal(value, Wire.Name(r.Recommendation.Location)); break;
            case "modelNot": Assert.NotEqual(value, Wire.Name(r.Recommendation.Model)); break;
            case "locationNot": Assert.NotEqual(value, Wire.Name(r.Recommendation.Location)); break;
            case "leadStrength": Assert.Equal(value, Wire.Name(r.LeadStrength)); break;
            case "leadNot": Assert.NotEqual(value, Wire.Name(r.LeadStrength)); break;
            case "fit": Assert.Equal(value, cost.Fit); break;
            case "priceBasis": Assert.Equal(value, cost.Price?.Basis); break;
            case "priceSource": Assert.Contains(value!, cost.Price?.Sources ?? []); break;
            case "costKnown": Assert.Equal(value == "true", cost.Price is not null); break;
            case "inHouseKnown": Assert.Equal(value == "true", cost.InHouseLow is not null); break;
            case "inHouseSoc": Assert.Equal(value, cost.InHouse?.Soc); break;
            case "inHouseYear": Assert.Equal(value, cost.InHouse?.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture)); break;
            case "isTotal": Assert.Equal(value == "true", cost.IsTotal); break;
            case "quantity": Assert.Contains(value!, cost.Quantity ?? cost.Note); break;
            case "warning": Assert.Contains(r.Warnings ?? [], w => w.Id == value); break;
            case "closeCall": Assert.Contains(r.CloseCalls ?? [], c => c.Kind == value); break;
            case "alternative": Assert.Equal(value == "true", r.Alternative is not null); break;
            case "providerKind": Assert.Equal(value, cost.Provider?.Kind); break;
            case "pricingModel": Assert.Equal(value, cost.Provider?.PricingModel); break;
            default: throw new InvalidDataException($"Unknown expectation \"{key}\"; known: {string.Join(", ", Keys)}.");
        }
    }
}
