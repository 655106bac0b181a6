using System.Security.Cryptography;
using System.Text;

namespace OutsourcingAdvisor.Web.Security;

/// <summary>Hashes that stand for a client address or an account in stored rows, so neither is kept in clear.</summary>
public static class ClientKeys
{
    public static string Hash(string purpose, string value) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{purpose}\n{value}"))).ToLowerInvariant();

    /// <summary>The caller's address (the proxy's X-Forwarded-For when that is trusted), hashed.</summary>
    public static string Address(HttpContext http) => Hash("address", http.Connection.RemoteIpAddress?.ToString() ?? "unknown");

    /// <summary>An email as Identity normalises it, hashed: the same for every spelling of one address.</summary>
    public static string Account(string email) => Hash("account", email.Trim().ToUpperInvariant());
}
