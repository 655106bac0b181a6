using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace OutsourcingAdvisor.Web.Pages;

/// <summary>ModelState as the error summary and the message beside each field read it.</summary>
public static class FormErrors
{
    /// <summary>Each error linking to its field, whose id is the key with dots as underscores (as asp-for writes it).</summary>
    public static IReadOnlyList<Problem> Problems(this ModelStateDictionary state) =>
        [.. state.Where(e => e.Value is { Errors.Count: > 0 })
            .SelectMany(e => e.Value!.Errors.Select(x => new Problem(x.ErrorMessage, "#" + e.Key.Replace('.', '_'))))];

    public static string? ErrorFor(this ModelStateDictionary state, string key) =>
        state.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;
}
