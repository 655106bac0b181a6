using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using OutsourcingAdvisor.Web.Data;
using OutsourcingAdvisor.Web.Tests.Infrastructure;

namespace OutsourcingAdvisor.Web.Tests.Hardening;

/// <summary>A tiny SMTP server on 127.0.0.1 and a free port: accepts every message and keeps its text.</summary>
public sealed class SmtpListener : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly List<string> _messages = [];

    public SmtpListener()
    {
        _listener.Start();
        _ = AcceptLoopAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public IReadOnlyList<string> Messages { get { lock (_messages) return [.. _messages]; } }

    public async Task<string> NextMessageAsync(int already = 0)
    {
        for (var i = 0; i < 200; i++)
        {
            lock (_messages) if (_messages.Count > already) return _messages[already];
            await Task.Delay(50);
        }
        throw new TimeoutException("No email arrived within 10 s.");
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try { client = await _listener.AcceptTcpClientAsync(_stop.Token); }
            catch (OperationCanceledException) { return; }
            catch (ObjectDisposedException) { return; }
            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            var stream = client.GetStream();
            var reader = new StreamReader(stream, Encoding.ASCII);
            var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
            await writer.WriteLineAsync("220 localhost test SMTP");
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                var verb = line.Split(' ')[0].ToUpperInvariant();
                switch (verb)
                {
                    case "EHLO" or "HELO": await writer.WriteLineAsync("250 localhost"); break;
                    case "MAIL" or "RCPT" or "RSET" or "NOOP": await writer.WriteLineAsync("250 OK"); break;
                    case "DATA":
                        await writer.WriteLineAsync("354 End with <CRLF>.<CRLF>");
                        var body = new StringBuilder();
                        while (await reader.ReadLineAsync(_stop.Token) is { } data && data != ".") body.AppendLine(data.StartsWith("..") ? data[1..] : data);
                        lock (_messages) _messages.Add(body.ToString());
                        await writer.WriteLineAsync("250 Queued");
                        break;
                    case "QUIT": await writer.WriteLineAsync("221 Bye"); return;
                    default: await writer.WriteLineAsync("502 Not implemented"); break;
                }
            }
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
    }
}

public sealed class EmailTests : IDisposable
{
    private sealed class MailFactory(int port) : AdvisorFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Email:Host", "127.0.0.1");
            builder.UseSetting("Email:Port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("Email:Security", "None");
            builder.UseSetting("Email:From", "advisor@example.com");
        }
    }

    private readonly SmtpListener _smtp = new();
    private readonly MailFactory _factory;

    public EmailTests() => _factory = new MailFactory(_smtp.Port);

    private static string LinkIn(string message)
    {
        // Quoted-printable may wrap long lines with '=' at the end; undo that before reading the link.
        var text = message.Replace("=\r\n", "").Replace("=\n", "").Replace("=3D", "=");
        var start = text.IndexOf("http://localhost/account/", StringComparison.Ordinal);
        Assert.True(start >= 0, text);
        var end = text.IndexOfAny([' ', '\r', '\n'], start);
        return new Uri(text[start..end]).PathAndQuery;
    }

    [Fact]
    public async Task AForgottenPasswordIsResetThroughTheEmailedLink()
    {
        await Accounts.CreateAsync(_factory, "ana@example.com");
        var client = _factory.CreatePlainClient();
        var forgot = await Html.GetAsync(client, "/account/forgot");
        var sent = await Html.ParseAsync(await Html.SubmitAsync(client, forgot.Forms.Single(f => f.Method == "post"), new Dictionary<string, string> { ["Email"] = "ana@example.com" }));
        Assert.Contains("on its way", sent.QuerySelector("main")!.TextContent);

        var message = await _smtp.NextMessageAsync();
        Assert.Contains("To: ana@example.com", message);
        Assert.Contains("Subject: Reset your OutsourcingAdvisor password", message);
        var link = LinkIn(message);
        Assert.StartsWith("/account/reset?", link);

        var reset = await Html.GetAsync(client, link);
        var set = await Html.SubmitAsync(client, reset.Forms.Single(f => f.Method == "post"), new Dictionary<string, string> { ["Password"] = "a fresh new passphrase" });
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Accounts.SignInAsync(client, "ana@example.com", "a fresh new passphrase")).StatusCode);
    }

    [Fact]
    public async Task AnUnknownEmailGetsTheSameAnswerAndNoMail()
    {
        await Accounts.CreateAsync(_factory, "ana@example.com");
        var client = _factory.CreatePlainClient();
        var forgot = await Html.GetAsync(client, "/account/forgot");
        var sent = await Html.ParseAsync(await Html.SubmitAsync(client, forgot.Forms.Single(f => f.Method == "post"), new Dictionary<string, string> { ["Email"] = "nobody@example.com" }));
        Assert.Contains("on its way", sent.QuerySelector("main")!.TextContent);
        await Task.Delay(1000);
        Assert.Empty(_smtp.Messages);
    }

    [Fact]
    public async Task AnInvitationIsEmailedAndItsLinkSetsThePassword()
    {
        var (admin, _) = await Accounts.SignedInAsync(_factory, "boss@example.com", Roles.Admin);
        var page = await Html.GetAsync(admin, "/admin");
        var invited = await Html.ParseAsync(await Html.SubmitAsync(admin, page.Forms.Single(f => f.Action.EndsWith("/invite", StringComparison.OrdinalIgnoreCase)),
            new Dictionary<string, string> { ["Email"] = "new@example.com", ["Name"] = "New Person", ["Role"] = "consultant" }));
        Assert.Contains("new@example.com", invited.QuerySelector(".emailed")!.TextContent);
        Assert.Null(invited.QuerySelector("#invite-link"));

        var message = await _smtp.NextMessageAsync();
        Assert.Contains("To: new@example.com", message);
        var newcomer = _factory.CreatePlainClient();
        var accept = await Html.GetAsync(newcomer, LinkIn(message));
        Assert.Equal(HttpStatusCode.Redirect, (await Html.SubmitAsync(newcomer, accept.Forms.Single(f => f.Method == "post"), new Dictionary<string, string> { ["Password"] = "a brand new passphrase" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Accounts.SignInAsync(newcomer, "new@example.com", "a brand new passphrase")).StatusCode);
    }

    public void Dispose()
    {
        _factory.Dispose();
        _smtp.Dispose();
    }
}

/// <summary>Without SMTP, the same flows hand the admin a link to copy.</summary>
public sealed class CopyLinkTests : IDisposable
{
    private readonly AdvisorFactory _factory = new();

    [Fact]
    public async Task WithoutSmtpAnAdminCopiesAPasswordResetLink()
    {
        await Accounts.CreateAsync(_factory, "ana@example.com");
        var (admin, _) = await Accounts.SignedInAsync(_factory, "boss@example.com", Roles.Admin);
        var page = await Html.GetAsync(admin, "/admin");
        var reset = page.Forms.Single(f => f.Action.EndsWith("/reset", StringComparison.OrdinalIgnoreCase) && f.TextContent.Contains("ana@example.com"));
        var shown = await Html.ParseAsync(await Html.SubmitAsync(admin, reset));
        var link = new Uri(((AngleSharp.Html.Dom.IHtmlInputElement)shown.QuerySelector("#reset-link")!).Value).PathAndQuery;

        var ana = _factory.CreatePlainClient();
        var form = await Html.GetAsync(ana, link);
        Assert.Equal(HttpStatusCode.Redirect, (await Html.SubmitAsync(ana, form.Forms.Single(f => f.Method == "post"), new Dictionary<string, string> { ["Password"] = "another good passphrase" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Accounts.SignInAsync(ana, "ana@example.com", "another good passphrase")).StatusCode);
    }

    [Fact]
    public async Task WithoutSmtpTheForgotPageSaysToAskTheAdmin()
    {
        var page = await Html.GetAsync(_factory.CreatePlainClient(), "/account/forgot");
        Assert.Contains("Ask your admin", page.QuerySelector("main")!.TextContent);
        Assert.DoesNotContain(page.Forms, f => f.Method == "post" && f.Closest("header") is null);
    }

    public void Dispose() => _factory.Dispose();
}
