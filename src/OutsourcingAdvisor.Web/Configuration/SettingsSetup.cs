using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace OutsourcingAdvisor.Web.Configuration;

/// <summary>Rate limits per client address, per minute (section "RateLimits").</summary>
public sealed class RateLimitSettings
{
    public const string Section = "RateLimits";
    [Range(1, 10_000)] public int SignInPerMinute { get; set; } = 10;
    [Range(1, 100_000)] public int SubmissionsPerMinute { get; set; } = 30;
}

/// <summary>Sign-in and sessions (section "Auth").</summary>
public sealed class AuthSettings
{
    public const string Section = "Auth";
    [Range(1, 24 * 60)] public int SessionMinutes { get; set; } = 30;
    /// <summary>Failed sign-ins for one account from one address before that pair is refused.</summary>
    [Range(1, 10)] public int MaxFailedAttempts { get; set; } = 5;
    /// <summary>How long the failures count, and how long the pair stays refused.</summary>
    [Range(1, 24 * 60)] public int LockoutMinutes { get; set; } = 15;
}

/// <summary>Reverse proxy (section "Proxy").</summary>
public sealed class ProxySettings
{
    public const string Section = "Proxy";
    public bool TrustForwardedHeaders { get; set; }
}

/// <summary>Where the app is reached from outside (section "Site").</summary>
public sealed class SiteSettings
{
    public const string Section = "Site";
    /// <summary>e.g. https://advice.example.com: resume, share and invitation links are built on it, never on the request's Host.</summary>
    [AbsoluteHttpUrl] public string? PublicBaseUrl { get; set; }
}

/// <summary>Questionnaire drafts (section "Drafts").</summary>
public sealed class DraftSettings
{
    public const string Section = "Drafts";
    /// <summary>Anonymous drafts one client address may start in 24 hours.</summary>
    [Range(1, 100_000)] public int PerAddressPerDay { get; set; } = 50;
}

/// <summary>The background clean-up of expired drafts, share links and idempotency keys (section "Cleanup").</summary>
public sealed class CleanupSettings
{
    public const string Section = "Cleanup";
    [Range(1, 24 * 60)] public int IntervalMinutes { get; set; } = 60;
}

/// <summary>Outgoing mail (section "Email"); without a Host the app shows links to copy instead of sending them.</summary>
public sealed class EmailSettings
{
    public const string Section = "Email";
    public string? Host { get; set; }
    [Range(1, 65_535)] public int Port { get; set; } = 587;
    /// <summary>Auto (STARTTLS when offered), StartTls (required), SslOnConnect, or None (a local relay only).</summary>
    [AllowedValues("Auto", "StartTls", "SslOnConnect", "None", ErrorMessage = "must be Auto, StartTls, SslOnConnect or None")] public string Security { get; set; } = "Auto";
    public string? UserName { get; set; }
    public string? Password { get; set; }
    [EmailAddress] public string? From { get; set; }
    public bool Enabled => !string.IsNullOrWhiteSpace(Host);
}

/// <summary>Data protection keys (section "DataProtection").</summary>
public sealed class KeySettings
{
    public const string Section = "DataProtection";
    /// <summary>A PFX file whose certificate encrypts the keys at rest; unset, keys are stored unencrypted.</summary>
    [FileExists] public string? CertificatePath { get; set; }
    public string? CertificatePassword { get; set; }
}

public sealed class AbsoluteHttpUrlAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext context) =>
        value is null or "" || (Uri.TryCreate(value as string, UriKind.Absolute, out var u) && (u.Scheme == "https" || u.Scheme == "http") && u.PathAndQuery == "/")
            ? ValidationResult.Success
            : new ValidationResult("must be an absolute http(s) address with no path, such as https://advice.example.com", [context.MemberName!]);
}

public sealed class FileExistsAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext context) =>
        value is null or "" || File.Exists(value as string) ? ValidationResult.Success : new ValidationResult("names no file that exists", [context.MemberName!]);
}

public static class SettingsSetup
{
    /// <summary>
    /// Every setting as a typed, validated options class. Validation runs before anything else at start
    /// (<see cref="ValidateSettings"/>), so a bad value stops the app with one line naming the setting.
    /// </summary>
    public static IServiceCollection AddAdvisorSettings(this IServiceCollection services, IConfiguration config)
    {
        Add<RateLimitSettings>(services, config, RateLimitSettings.Section);
        Add<AuthSettings>(services, config, AuthSettings.Section);
        Add<ProxySettings>(services, config, ProxySettings.Section);
        Add<SiteSettings>(services, config, SiteSettings.Section);
        Add<DraftSettings>(services, config, DraftSettings.Section);
        Add<CleanupSettings>(services, config, CleanupSettings.Section);
        Add<EmailSettings>(services, config, EmailSettings.Section);
        Add<KeySettings>(services, config, KeySettings.Section);
        return services;
    }

    private static void Add<T>(IServiceCollection services, IConfiguration config, string section) where T : class
    {
        services.AddOptions<T>().Bind(config.GetSection(section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<T>>(new AnnotatedSettingsValidator<T>(section));
    }

    /// <summary>Reads a section before the container exists (registration-time decisions), with the same checks.</summary>
    public static T Read<T>(IConfiguration config, string section) where T : class, new()
    {
        var value = config.GetSection(section).Get<T>() ?? new T();
        var result = new AnnotatedSettingsValidator<T>(section).Validate(null, value);
        if (result.Failed) throw new OptionsValidationException(section, typeof(T), result.Failures);
        return value;
    }

    /// <summary>Runs every options check now; throws <see cref="SettingsException"/> with one line per bad setting.</summary>
    public static void ValidateSettings(this WebApplication app)
    {
        try
        {
            app.Services.GetRequiredService<IStartupValidator>().Validate();
        }
        catch (OptionsValidationException ex)
        {
            throw new SettingsException(string.Join("; ", ex.Failures));
        }
        catch (AggregateException ex) when (ex.InnerExceptions.All(e => e is OptionsValidationException))
        {
            throw new SettingsException(string.Join("; ", ex.InnerExceptions.SelectMany(e => ((OptionsValidationException)e).Failures)));
        }
        catch (InvalidOperationException ex) when (ex.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal))
        {
            // A number given as text: the binder names the setting; keep its first sentence only.
            throw new SettingsException(ex.Message.Split(". ")[0].TrimEnd('.'));
        }
    }

    /// <summary>Data annotations, reported as "Section:Name: problem (is value)".</summary>
    private sealed class AnnotatedSettingsValidator<T>(string section) : IValidateOptions<T> where T : class
    {
        public ValidateOptionsResult Validate(string? name, T options)
        {
            var results = new List<ValidationResult>();
            if (Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true))
                return ValidateOptionsResult.Success;
            return ValidateOptionsResult.Fail(results.Select(r =>
            {
                var member = r.MemberNames.FirstOrDefault() ?? "";
                var value = typeof(T).GetProperty(member)?.GetValue(options);
                var secret = member.Contains("Password", StringComparison.Ordinal);
                var message = r.ErrorMessage ?? "is not valid";
                // Data annotations say "The field X must be ..."; the setting's name is already in front.
                message = message.Replace($"The field {member} ", "", StringComparison.Ordinal).Replace($"The {member} field ", "", StringComparison.Ordinal);
                return $"Setting {section}:{member} {message.TrimEnd('.')}" + (secret || value is null ? "" : $" (is '{value}')");
            }));
        }
    }
}

/// <summary>A setting with a bad value: the message names it and says what is allowed.</summary>
public sealed class SettingsException(string message) : Exception(message);
