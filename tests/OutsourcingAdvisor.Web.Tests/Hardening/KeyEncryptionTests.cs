using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using OutsourcingAdvisor.Web.Tests.Infrastructure;

namespace OutsourcingAdvisor.Web.Tests.Hardening;

public sealed class KeyEncryptionTests : IDisposable
{
    private readonly string _pfx = Path.Combine(Path.GetTempPath(), $"advisor-keys-{Guid.NewGuid():N}.pfx");

    private sealed class CertFactory(string pfx, string password) : AdvisorFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("DataProtection:CertificatePath", pfx);
            builder.UseSetting("DataProtection:CertificatePassword", password);
        }
    }

    private void MakeCertificate(string password)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=OutsourcingAdvisor keys (test)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var cert = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        File.WriteAllBytes(_pfx, cert.Export(X509ContentType.Pfx, password));
    }

    private static async Task<string> StoredKeyXml(AdvisorFactory factory)
    {
        // Any page with a form makes the app create its first key.
        (await factory.CreateClient().GetAsync("/account/signin")).EnsureSuccessStatusCode();
        await using var db = factory.NewDbContext();
        return (await db.DataProtectionKeys.SingleAsync()).Xml!;
    }

    [Fact]
    public async Task WithACertificateTheKeysAreStoredEncrypted()
    {
        MakeCertificate("test pfx password");
        using var factory = new CertFactory(_pfx, "test pfx password");
        var xml = await StoredKeyXml(factory);
        Assert.Contains("EncryptedData", xml);
        Assert.DoesNotContain("<masterKey", xml);
        // And the app still works with them: sign in needs antiforgery, which needs the keys.
        await Accounts.CreateAsync(factory, "ana@example.com");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, (await Accounts.SignInAsync(factory.CreatePlainClient(), "ana@example.com")).StatusCode);
    }

    [Fact]
    public async Task WithoutACertificateTheKeyIsPlain()
    {
        using var factory = new AdvisorFactory();
        var xml = await StoredKeyXml(factory);
        Assert.Contains("<masterKey", xml);
    }

    public void Dispose()
    {
        try { File.Delete(_pfx); } catch (IOException) { }
    }
}
