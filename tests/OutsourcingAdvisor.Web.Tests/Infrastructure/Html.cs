using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace OutsourcingAdvisor.Web.Tests.Infrastructure;

/// <summary>Parses pages with AngleSharp and submits their real forms, antiforgery token included.</summary>
public static class Html
{
    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response)
    {
        var content = await response.Content.ReadAsStringAsync();
        var context = BrowsingContext.New(AngleSharp.Configuration.Default);
        var document = await context.OpenAsync(r => r.Content(content).Address(response.RequestMessage!.RequestUri!));
        return (IHtmlDocument)document;
    }

    public static async Task<IHtmlDocument> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"GET {url} answered {(int)response.StatusCode}");
        return await ParseAsync(response);
    }

    /// <summary>
    /// Posts a form as a browser would: every field with its current value (checked radios and boxes only),
    /// then the given values on top, and the clicked button's name/value if it has one.
    /// </summary>
    public static Task<HttpResponseMessage> SubmitAsync(HttpClient client, IHtmlFormElement form, IDictionary<string, string>? values = null, IHtmlElement? button = null)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name):
                    if ((input.Type is "radio" or "checkbox") && !input.IsChecked) break;
                    if (input.Type is "submit" or "button") break;
                    fields.Add(new(input.Name!, input.Value));
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    fields.Add(new(select.Name!, select.Value ?? ""));
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    fields.Add(new(area.Name!, area.Value));
                    break;
            }
        }
        if (values is not null)
            foreach (var (name, value) in values)
            {
                fields.RemoveAll(f => f.Key == name);
                fields.Add(new(name, value));
            }
        if (button?.GetAttribute("name") is { Length: > 0 } buttonName)
            fields.Add(new(buttonName, button.GetAttribute("value") ?? ""));
        var action = form.Action is { Length: > 0 } a ? a : form.BaseUri;
        return client.PostAsync(action, new FormUrlEncodedContent(fields));
    }
}
