namespace OutsourcingAdvisor.Domain.Catalogue.Seed;

/// <summary>A seed file that cannot be imported, with the file, entry and field at fault.</summary>
public sealed class SeedDataException(string file, string? entry, string? field, string problem)
    : Exception(Describe(file, entry, field, problem))
{
    public string File { get; } = file;
    public string? Entry { get; } = entry;
    public string? Field { get; } = field;
    public string Problem { get; } = problem;

    private static string Describe(string file, string? entry, string? field, string problem)
    {
        var where = $"seed-data/{file}";
        if (entry is not null) where += $", entry {entry}";
        if (field is not null) where += $", field '{field}'";
        return $"Seed data error in {where}: {problem}";
    }
}
