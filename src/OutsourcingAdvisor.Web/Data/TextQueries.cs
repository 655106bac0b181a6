using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace OutsourcingAdvisor.Web.Data;

/// <summary>
/// Text search and ordering that behave the same on SQLite and PostgreSQL. Left to each database, SQLite's LIKE
/// ignores ASCII case while PostgreSQL's does not, both take <c>%</c> and <c>_</c> typed by a user as wildcards, and
/// SQLite orders by code point ("Zeta" before "alpha") while PostgreSQL follows the database's locale.
/// </summary>
public static class TextQueries
{
    private const string Escape = "\\";

    /// <summary>A LIKE pattern that matches <paramref name="text"/> anywhere, every character taken literally.</summary>
    public static string ContainsPattern(string text) =>
        "%" + text.Replace(Escape, Escape + Escape).Replace("%", Escape + "%").Replace("_", Escape + "_") + "%";

    /// <summary>
    /// Rows where any of the fields contains <paramref name="text"/>, ignoring case, with every character literal:
    /// ILIKE on PostgreSQL (any letter), LIKE on SQLite (which ignores ASCII case only), both with an escape character.
    /// </summary>
    public static IQueryable<T> WhereContains<T>(this IQueryable<T> query, AdvisorDbContext db, string text, params Expression<Func<T, string?>>[] fields)
    {
        var row = Expression.Parameter(typeof(T), "row");
        // A member of a captured object, not a constant, so EF sends the pattern as a parameter.
        var pattern = Expression.Property(Expression.Constant(new Captured(ContainsPattern(text))), nameof(Captured.Value));
        var like = Configuration.DatabaseSetup.IsPostgreSql(db.Database)
            ? PostgreSqlILike()
            : typeof(DbFunctionsExtensions).GetMethod(nameof(DbFunctionsExtensions.Like), [typeof(DbFunctions), typeof(string), typeof(string), typeof(string)])!;
        var any = fields
            .Select(f => (Expression)Expression.Call(like, Expression.Constant(EF.Functions),
                Expression.Coalesce(new ParameterReplacer(f.Parameters[0], row).Visit(f.Body)!, Expression.Constant("")),
                pattern, Expression.Constant(Escape)))
            .Aggregate(Expression.OrElse);
        return query.Where(Expression.Lambda<Func<T, bool>>(any, row));
    }

    private sealed record Captured(string Value);

    /// <summary>Npgsql's ILIKE, looked up in a method that is never inlined, so that SQLite never loads Npgsql.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static System.Reflection.MethodInfo PostgreSqlILike() =>
        typeof(NpgsqlDbFunctionsExtensions).GetMethod(nameof(NpgsqlDbFunctionsExtensions.ILike), [typeof(DbFunctions), typeof(string), typeof(string), typeof(string)])!;

    private sealed class ParameterReplacer(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }

    /// <summary>
    /// Orders by the text ignoring case, then by code point: the same order on both providers. On PostgreSQL the "C"
    /// collation is asked for explicitly, since the database's own may be linguistic.
    /// </summary>
    public static IOrderedQueryable<T> OrderByText<T>(this IQueryable<T> query, AdvisorDbContext db, Expression<Func<T, string?>> key)
    {
        var lower = Expression.Call(Expression.Coalesce(key.Body, Expression.Constant("")), typeof(string).GetMethod(nameof(string.ToLower), Type.EmptyTypes)!);
        Expression ordered = Configuration.DatabaseSetup.IsPostgreSql(db.Database)
            ? Expression.Call(
                typeof(RelationalDbFunctionsExtensions).GetMethod(nameof(RelationalDbFunctionsExtensions.Collate))!.MakeGenericMethod(typeof(string)),
                Expression.Constant(EF.Functions), lower, Expression.Constant("C"))
            : lower;
        return query.OrderBy(Expression.Lambda<Func<T, string>>(ordered, key.Parameters));
    }
}
