using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OutsourcingAdvisor.Web.Configuration;
using OutsourcingAdvisor.Web.Data;

namespace OutsourcingAdvisor.Web.Security;

/// <summary>
/// Checks an email and password so that every outcome costs the same: one failure-count read, one user lookup,
/// one password hash verification and one failure-count write, whether the email is unknown, the account is
/// invited but has no password yet, the pair is throttled, or the password is wrong. The time a failure takes
/// therefore tells nothing about the account (README, "Sign-in timing").
/// </summary>
public sealed class SignInGuard(AdvisorDbContext db, UserManager<AdvisorUser> users, IPasswordHasher<AdvisorUser> hasher,
    IOptions<AuthSettings> settings, TimeProvider clock, DummyPasswordHash dummy)
{
    /// <summary>The user when email and password are right and this address may try; null otherwise.</summary>
    public async Task<AdvisorUser?> CheckAsync(HttpContext http, string email, string password)
    {
        var auth = settings.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        var window = TimeSpan.FromMinutes(auth.LockoutMinutes);
        var accountKey = ClientKeys.Account(email);
        var addressKey = ClientKeys.Address(http);
        var ct = http.RequestAborted;

        var failure = await db.SignInFailures.FirstOrDefaultAsync(f => f.AccountKey == accountKey && f.AddressKey == addressKey, ct);
        if (failure is not null && now - failure.WindowStartUtc >= window)
        {
            failure.Failures = 0;
            failure.WindowStartUtc = now;
        }
        var throttled = failure is not null && failure.Failures >= auth.MaxFailedAttempts;

        var user = await users.FindByEmailAsync(email.Trim());
        // Always one verification: the user's hash, or a dummy made with the same hasher and cost.
        var hash = user?.PasswordHash ?? dummy.For(hasher);
        var verified = hasher.VerifyHashedPassword(user ?? DummyPasswordHash.Nobody, hash, password) != PasswordVerificationResult.Failed;
        var ok = verified && user?.PasswordHash is not null && !throttled && !await users.IsLockedOutAsync(user);

        if (ok)
        {
            if (failure is not null) db.SignInFailures.Remove(failure);
        }
        else
        {
            if (failure is null)
            {
                failure = new SignInFailure { AccountKey = accountKey, AddressKey = addressKey, WindowStartUtc = now };
                db.SignInFailures.Add(failure);
            }
            // Counting on past the limit keeps the write (and so the time) the same for a throttled pair.
            failure.Failures++;
        }
        await db.SaveChangesAsync(ct);
        return ok ? user : null;
    }

    /// <summary>Accounts whose failures from some address have reached the limit in the current window.</summary>
    public async Task<HashSet<string>> ThrottledAccountKeysAsync(CancellationToken ct)
    {
        var auth = settings.Value;
        var since = clock.GetUtcNow().UtcDateTime - TimeSpan.FromMinutes(auth.LockoutMinutes);
        return [.. await db.SignInFailures.Where(f => f.WindowStartUtc > since && f.Failures >= auth.MaxFailedAttempts)
            .Select(f => f.AccountKey).Distinct().ToListAsync(ct)];
    }

    /// <summary>Lifts every throttle on the account (an admin, after checking who is asking).</summary>
    public Task ClearAsync(string email, CancellationToken ct)
    {
        var accountKey = ClientKeys.Account(email);
        return db.SignInFailures.Where(f => f.AccountKey == accountKey).ExecuteDeleteAsync(ct);
    }
}

/// <summary>A password hash made once with the app's own hasher (same cost as real ones), verified when there is no real one.</summary>
public sealed class DummyPasswordHash
{
    public static readonly AdvisorUser Nobody = new() { UserName = "nobody" };
    private string? _hash;

    public string For(IPasswordHasher<AdvisorUser> hasher) =>
        LazyInitializer.EnsureInitialized(ref _hash, () => hasher.HashPassword(Nobody, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24))));
}
