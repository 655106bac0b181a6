using System.Text.Json;
using System.Text.Json.Nodes;
using OutsourcingAdvisor.Domain.Catalogue;
using OutsourcingAdvisor.Web.Data;

namespace OutsourcingAdvisor.Web.Api;

public static class CatalogueApi
{
    public static WebApplication MapCatalogueApi(this WebApplication app)
    {
        app.MapGet("/api/catalogue", (CatalogueStore store) => Results.Text(Describe(store.Current), "application/json"));
        return app;
    }

    /// <summary>The current version as stored: its name, then its document serialised as it is, every field of it.</summary>
    public static string Describe(AdvisorCatalogue c)
    {
        var body = new JsonObject { ["version"] = c.Version };
        foreach (var (name, value) in JsonSerializer.SerializeToNode(c.Document, CatalogueDocument.Json)!.AsObject().ToList())
            body[name] = value?.DeepClone();
        return body.ToJsonString(CatalogueDocument.Json);
    }
}
