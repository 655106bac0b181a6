using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using OutsourcingAdvisor.Migrations.PostgreSql;
using OutsourcingAdvisor.Migrations.Sqlite;
using OutsourcingAdvisor.Web.Data;

namespace OutsourcingAdvisor.Web.Tests.Data;

/// <summary>
/// The app runs on the compiled models in each migrations project's <c>CompiledModel/</c>; they must still be the
/// model the mappings describe, and the migrations must cover the mappings. After a model change, add the migrations
/// and regenerate the compiled models (README, "Migrations"). No database is opened.
/// </summary>
public sealed class CompiledModelTests
{
    public static TheoryData<string> Providers => ["Sqlite", "PostgreSql"];

    [Theory, MemberData(nameof(Providers))]
    public void TheCompiledModelIsTheModelTheMappingsBuild(string provider)
    {
        using var compiled = Context(provider, compiledModel: true);
        using var built = Context(provider, compiledModel: false);
        var expected = Describe(built.Model);
        var actual = Describe(compiled.Model);
        // The comparison can fail: the compiled model is the one in use, and the description covers every column.
        Assert.Same(provider == "Sqlite" ? Migrations.Sqlite.CompiledModel.AdvisorDbContextModel.Instance : Migrations.PostgreSql.CompiledModel.AdvisorDbContextModel.Instance, compiled.Model);
        Assert.Contains("ResultJson", expected);
        Assert.True(expected == actual,
            $"The {provider} compiled model differs from the mappings: run dotnet ef dbcontext optimize for src/OutsourcingAdvisor.Migrations.{provider} (README, \"Migrations\").\n"
            + FirstDifference(expected, actual));
    }

    /// <summary>
    /// The app skips EF Core's check at migration time that the last migration still matches the mappings (it would
    /// build the model the compiled model saves building), so the check is here, for both migrations sets.
    /// </summary>
    [Theory, MemberData(nameof(Providers))]
    public void TheMappingsNeedNoMigrationThatIsNotThere(string provider)
    {
        using var built = Context(provider, compiledModel: false);
        Assert.NotEmpty(built.Database.GetMigrations());
        Assert.False(built.Database.HasPendingModelChanges(),
            $"The mappings have changed since the last {provider} migration: add one to src/OutsourcingAdvisor.Migrations.{provider} (README, \"Migrations\").");
    }

    private static AdvisorDbContext Context(string provider, bool compiledModel)
    {
        var options = new DbContextOptionsBuilder<AdvisorDbContext>();
        _ = (provider, compiledModel) switch
        {
            ("Sqlite", true) => SqliteProvider.Use(options, "Data Source=unused.db"),
            ("Sqlite", false) => SqliteProvider.UseSourceModel(options, "Data Source=unused.db"),
            (_, true) => PostgreSqlProvider.Use(options, "Host=127.0.0.1;Database=unused"),
            (_, false) => PostgreSqlProvider.UseSourceModel(options, "Host=127.0.0.1;Database=unused"),
        };
        return new AdvisorDbContext(options.Options);
    }

    /// <summary>
    /// EF Core's own description of the model (every entity type, property, key, index and relation, with
    /// annotations), and, since that leaves them out, each column's type mapping and value converter.
    /// </summary>
    private static string Describe(Microsoft.EntityFrameworkCore.Metadata.IModel model) =>
        model.ToDebugString(MetadataDebugStringOptions.LongDefault) + "\n" + string.Join("\n",
            from entity in model.GetEntityTypes().OrderBy(e => e.Name, StringComparer.Ordinal)
            from property in entity.GetProperties().OrderBy(p => p.Name, StringComparer.Ordinal)
            let mapping = property.GetRelationalTypeMapping()
            select $"{entity.Name}.{property.Name}: {mapping.GetType().Name} {mapping.StoreType}, converter {property.GetValueConverter()?.GetType().FullName ?? "none"}, "
                + $"mapping converter {mapping.Converter?.GetType().FullName ?? "none"}, provider type {property.GetProviderClrType()?.FullName ?? "same"}, sentinel {property.Sentinel}");

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
            if (i >= e.Length || i >= a.Length || e[i] != a[i])
                return $"line {i + 1}: mappings \"{(i < e.Length ? e[i].Trim() : "")}\", compiled \"{(i < a.Length ? a[i].Trim() : "")}\"";
        return "";
    }
}
