namespace OutsourcingAdvisor.Web.Pages;

/// <summary>One entry of a page's error summary: the message, the field it links to, a class for the item.</summary>
public sealed record Problem(string Message, string? Href = null, string? ItemClass = null)
{
    public static IReadOnlyList<Problem> None { get; } = [];

    public static IReadOnlyList<Problem> One(string? message, string? href = null, string? itemClass = null) =>
        message is null ? None : [new Problem(message, href, itemClass)];
}
