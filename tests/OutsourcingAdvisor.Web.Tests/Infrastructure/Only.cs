namespace OutsourcingAdvisor.Web.Tests.Infrastructure;

/// <summary>
/// Trait values for the few tests that are about one provider's own storage (a SQLite file, WAL, a PostgreSQL
/// cluster): <c>[Trait("Provider", Only.Sqlite)]</c>. ./test.sh leaves them out of the other provider's pass.
/// </summary>
public static class Only
{
    public const string Sqlite = "Sqlite";
    public const string PostgreSql = "PostgreSql";
}
