using System.Text.Json;
using System.Text.Json.Nodes;
using OutsourcingAdvisor.Domain.Assessment;
using OutsourcingAdvisor.Domain.Catalogue;
using OutsourcingAdvisor.Domain.Catalogue.Seed;
using OutsourcingAdvisor.Domain.Costs;
using static OutsourcingAdvisor.Domain.Tests.TestCatalogue;

namespace OutsourcingAdvisor.Domain.Tests.Catalogue;

/// <summary>Price units, provenances and trade units are enums that read and write the seed files' strings.</summary>
public sealed class TypedUnitsTests
{
    [Fact]
    public void EachValueIsWrittenAsTheStringTheSeedFilesUse()
    {
        Assert.Equal(["hour", "month", "percent-below-in-house"], Enum.GetValues<PriceUnit>().Select(u => JsonSerializer.Serialize(u, CatalogueDocument.Json).Trim('"')));
        Assert.Equal(["document", "reference", "derived"], Enum.GetValues<Provenance>().Select(p => JsonSerializer.Serialize(p, CatalogueDocument.Json).Trim('"')));
        Assert.Equal(["hour", "day", "month", "project", "percent-of-salary", "employee-month", "user-month", "word", "page", "invoice", "claim",
                "order", "meeting", "transaction", "contract", "video-minute", "produced-hour"],
            Enum.GetValues<TradeUnit>().Select(u => JsonSerializer.Serialize(u, CatalogueDocument.Json).Trim('"')));
    }

    [Fact]
    public void TheSeedFilesUnitsAndProvenancesAreReadAsTheyAreWritten()
    {
        var categories = JsonNode.Parse(File.ReadAllText(Path.Combine(SeedDirectory, "categories.json")))!["categories"]!.AsArray();
        foreach (var entry in categories)
        {
            var category = Real.FindCategory((string)entry!["slug"]!)!;
            foreach (var (field, range) in new[] { ("price", category.Price), ("inHouseWage", category.InHouseWage) })
            {
                if (entry[field] is not JsonObject raw) { Assert.Null(range); continue; }
                Assert.Equal((string)raw["unit"]!, Wire.Name(range!.Unit));
                Assert.Equal((string)raw["provenance"]!, Wire.Name(range.Provenance));
            }
        }
        var costs = JsonNode.Parse(File.ReadAllText(Path.Combine(SeedDirectory, "costs.json")))!["categories"]!.AsArray();
        foreach (var entry in costs)
            Assert.Equal((string)entry!["tradeUnit"]!, Wire.Name(Real.Costs!.For((string)entry["slug"]!)!.TradeUnit));
        // Every value is used by the seed files except those no category prices in today.
        Assert.Equal(Enum.GetValues<PriceUnit>(), Real.Categories.Where(c => c.Price is not null).Select(c => c.Price!.Unit).Distinct().Order());
        Assert.Equal(Enum.GetValues<Provenance>(), Real.Categories.Where(c => c.Price is not null).Select(c => c.Price!.Provenance).Distinct().Order());
    }

    [Fact]
    public void ADocumentReadFromItsJsonWritesTheSameBytes()
    {
        var json = Real.Document.ToJson();
        Assert.Equal(json, CatalogueDocument.FromJson(json).ToJson());
        Assert.Contains("\"unit\":\"percent-below-in-house\"", json);
        Assert.Contains("\"provenance\":\"derived\"", json);
        Assert.Contains("\"tradeUnit\":\"employee-month\"", json);
    }

    [Theory]
    [InlineData("categories.json", "\"unit\": \"hour\"", "\"unit\": \"yard\"", "field 'price.unit': 'yard' is not one of hour, month, percent-below-in-house")]
    [InlineData("categories.json", "\"provenance\": \"reference\"", "\"provenance\": \"rumour\"", "field 'price.provenance': 'rumour' is not one of document, reference, derived")]
    [InlineData("costs.json", "\"tradeUnit\": \"hour\"", "\"tradeUnit\": \"fortnight\"", "field 'tradeUnit': 'fortnight' is not one of hour, day, month, project, percent-of-salary, employee-month")]
    public void AnUnknownUnitOrProvenanceStopsTheRead(string file, string from, string to, string expected)
    {
        var dir = Directory.CreateTempSubdirectory("units-");
        try
        {
            foreach (var f in Directory.GetFiles(SeedDirectory, "*.json")) File.Copy(f, Path.Combine(dir.FullName, Path.GetFileName(f)));
            var path = Path.Combine(dir.FullName, file);
            var text = File.ReadAllText(path);
            Assert.Contains(from, text);
            var at = text.IndexOf(from, StringComparison.Ordinal);
            File.WriteAllText(path, text[..at] + to + text[(at + from.Length)..]);
            var error = Assert.Throws<SeedDataException>(() => SeedReader.Read(dir.FullName));
            Assert.Equal(file, error.File);
            Assert.Contains(expected, error.Message);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
