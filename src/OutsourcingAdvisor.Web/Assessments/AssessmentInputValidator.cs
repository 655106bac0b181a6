using FluentValidation;
using OutsourcingAdvisor.Domain.Assessment;
using OutsourcingAdvisor.Domain.Countries;
using OutsourcingAdvisor.Web.Data;

namespace OutsourcingAdvisor.Web.Assessments;

/// <summary>
/// The one validator for the questionnaire, used by every page step and by the API. Each answer is checked by
/// its <see cref="Question"/>; the task type, the weighting and the location are also checked against the current
/// catalogue (a location must be "any" or a band it offers).
/// </summary>
public sealed class AssessmentInputValidator : AbstractValidator<AssessmentInput>
{
    public AssessmentInputValidator(CatalogueStore catalogue)
    {
        // One rule over the whole input, each question adding its failure under its own property name.
        RuleFor(x => x).Custom((input, context) =>
        {
            foreach (var q in Questions.All)
            {
                var value = input[q];
                var table = catalogue.Current.Countries;
                // A budget's limits are in US dollars, whatever currency it is given in.
                var checkedValue = q.Kind == AnswerKind.Money ? InUsd(value, input.BudgetCurrency, table) : value;
                if ((q.Problem(checkedValue, other => input[other]) ?? CatalogueProblem(q, value, catalogue) ?? CountryProblem(q, value, input, table)) is { } problem)
                    context.AddFailure(q.Name, problem);
            }
        });
    }

    private static string? CatalogueProblem(Question q, string? value, CatalogueStore catalogue) => q.Kind switch
    {
        _ when string.IsNullOrEmpty(value) => null,
        AnswerKind.TaskType when catalogue.Current.CategoryFor(value) is null =>
            $"We do not know the task type “{Clip(value)}”. Choose one from the list.",
        AnswerKind.Location when q.ChoicesIn(catalogue.Current) is var bands && bands.All(c => c.Value != value) =>
            q.ChoiceProblem(bands),
        AnswerKind.Preset when catalogue.Current.FindPreset(value) is null =>
            $"Choose a weighting of: {string.Join(", ", catalogue.Current.Presets.Select(p => p.Name))}.",
        _ => null,
    };

    /// <summary>Where the business is, checked against the catalogue's country table (countries.json).</summary>
    private static string? CountryProblem(Question q, string? value, AssessmentInput input, CountryTable? table)
    {
        if (string.IsNullOrEmpty(value) || table is null) return null;
        switch (q.Kind)
        {
            case AnswerKind.Country when table.Find(value) is null || value.Length != 2:
                return $"We do not know the country code “{Clip(value)}”. Give an ISO 3166-1 two-letter code from the list, for example GB or US.";
            case AnswerKind.TimeZone:
                var country = table.Find(input.BusinessCountry ?? table.WageRatio.BaseCountry);
                if (!WorkingHours.IsKnownZone(value))
                    return $"We do not know the time zone “{Clip(value)}”. Give an IANA time zone such as Europe/London or America/Chicago.";
                if (country is not null && !country.TimeZones.Contains(value, StringComparer.Ordinal))
                    return $"“{Clip(value)}” is not a time zone of {country.Name}. Choose one of: {string.Join(", ", country.TimeZones)}.";
                return null;
            case AnswerKind.Currency when !table.Fx.Offers(value.ToUpperInvariant()) || value.Length != 3:
                return $"We have no dated reference rate for the currency “{Clip(value)}”. Choose one of: {string.Join(", ", table.Fx.Rates.Keys.Order(StringComparer.Ordinal))}.";
            default:
                return null;
        }
    }

    /// <summary>An amount in <paramref name="currency"/> as US dollars (wire text), for the limits; as it is where it cannot be converted.</summary>
    private static string? InUsd(string? value, string? currency, CountryTable? table)
    {
        if (value is null || currency is null or "USD" || table?.Fx is not { } fx || !fx.Offers(currency.ToUpperInvariant())
            || !decimal.TryParse(value, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var amount))
            return value;
        return Math.Round(fx.ToUsd(amount, currency.ToUpperInvariant()), 2).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string Clip(string? s) =>
        s is null ? "" : new string(s.Take(40).Where(ch => !char.IsControl(ch)).ToArray());
}
