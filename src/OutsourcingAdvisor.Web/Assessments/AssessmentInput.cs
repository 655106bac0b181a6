using System.Globalization;
using System.Reflection;
using OutsourcingAdvisor.Domain.Assessment;

namespace OutsourcingAdvisor.Web.Assessments;

/// <summary>
/// The questionnaire's answers as they arrive from a form or from JSON: text for the closed choices, so a wrong
/// value gets a plain message from the validator instead of a binding failure. Shared by the pages and the API.
/// </summary>
public sealed class AssessmentInput
{
    public string? TaskType { get; set; }
    public string? SkillLevel { get; set; }
    [System.ComponentModel.Description("The monthly budget, in budgetCurrency (US dollars when that is absent). Limits apply to its value in US dollars.")]
    public decimal? MonthlyBudget { get; set; }
    public string? Location { get; set; }
    public int? HoursPerMonth { get; set; }
    public string? Goal { get; set; }
    public string? Engagement { get; set; }
    public string? Scope { get; set; }
    public string? Reliance { get; set; }
    public bool? CustomerFacing { get; set; }
    public string? Coverage { get; set; }
    public string? TimeZoneOverlap { get; set; }
    public string? DataSensitivity { get; set; }
    public bool? OnSiteRequired { get; set; }
    public string? ClientName { get; set; }
    public string? Preset { get; set; }
    // Answers added with the cost model: left out of stored JSON when not given, so earlier answers read as stored.
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    [System.ComponentModel.Description("The budget for the whole engagement (short-term or one-off work), in budgetCurrency (US dollars when that is absent).")]
    public decimal? TotalBudget { get; set; }
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public int? Headcount { get; set; }
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public int? Volume { get; set; }
    // Left out when empty, so answers stored before these questions existed read back byte for byte.
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    [System.ComponentModel.Description("Where the business is: an ISO 3166-1 alpha-2 code of a country in the catalogue's country table (GET /api/catalogue). Without it the United States is assumed and the result says so.")]
    public string? BusinessCountry { get; set; }
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? BusinessTimeZone { get; set; }
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    [System.ComponentModel.Description("The currency the report shows amounts in (ISO 4217, with a dated rate in the catalogue); without it, the business country's own.")]
    public string? Currency { get; set; }
    /// <summary>The currency monthlyBudget and totalBudget are in (ISO 4217); absent means US dollars, as the API has always taken them.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    [System.ComponentModel.Description("The currency monthlyBudget and totalBudget are given in (ISO 4217, with a dated rate in the catalogue); absent means US dollars. The budget is converted at the catalogue's reference rate and stored as given.")]
    public string? BudgetCurrency { get; set; }

    /// <summary>The parsed answers. Call only after the validator has passed.</summary>
    public AssessmentAnswers ToAnswers() => Questions.Parse(q => this[q]);

    /// <summary>The answers back as input, e.g. to store them or to start a new scenario from them.</summary>
    public static AssessmentInput From(AssessmentAnswers a)
    {
        var input = new AssessmentInput();
        foreach (var q in Questions.All) input[q] = q.Read(a);
        return input;
    }

    /// <summary>An answer as wire text ("24x7", "true", "2500"), the form its <see cref="Question"/> reads.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? this[Question question]
    {
        get => ValueOf(question) switch
        {
            null => null,
            string s => s,
            bool b => b ? "true" : "false",
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            var other => other.ToString(),
        };
        set
        {
            var property = Properties[question.Name];
            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            property.SetValue(this, string.IsNullOrEmpty(value) ? null
                : type == typeof(string) ? value
                : type == typeof(bool) ? value == "true"
                : Convert.ChangeType(value, type, CultureInfo.InvariantCulture));
        }
    }

    /// <summary>An answer as its typed value (a number stays a number), e.g. for a CSV cell.</summary>
    public object? ValueOf(Question question) => Properties[question.Name].GetValue(this);

    private static readonly Dictionary<string, PropertyInfo> Properties =
        typeof(AssessmentInput).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0).ToDictionary(p => p.Name);
}
