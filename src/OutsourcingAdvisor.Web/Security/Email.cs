using System.Threading.Channels;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using MimeKit;
using OutsourcingAdvisor.Web.Configuration;
using OutsourcingAdvisor.Web.Data;

namespace OutsourcingAdvisor.Web.Security;

/// <summary>
/// Identity's email sender, over SMTP with MailKit (Email:Host and the rest). Messages are queued and sent by
/// <see cref="EmailOutbox"/>, so a page that may send one answers as fast whether or not it did: the forgot-password
/// page cannot be timed to learn which emails have accounts.
/// </summary>
public sealed class MailKitEmailSender(EmailOutbox outbox) : IEmailSender<AdvisorUser>
{
    public Task SendConfirmationLinkAsync(AdvisorUser user, string email, string confirmationLink) =>
        outbox.EnqueueAsync(email, "Your OutsourcingAdvisor invitation",
            $"Hello {user.DisplayName},\n\nAn admin has invited you to OutsourcingAdvisor. Set your password within 7 days at:\n\n{confirmationLink}\n\nThe link works once.");

    public Task SendPasswordResetLinkAsync(AdvisorUser user, string email, string resetLink) =>
        outbox.EnqueueAsync(email, "Reset your OutsourcingAdvisor password",
            $"Hello {user.DisplayName},\n\nSomeone (we hope you) asked to reset your password. Choose a new one within 7 days at:\n\n{resetLink}\n\nThe link works once. If you did not ask, ignore this email: your password stays as it is.");

    public Task SendPasswordResetCodeAsync(AdvisorUser user, string email, string resetCode) =>
        outbox.EnqueueAsync(email, "Your OutsourcingAdvisor reset code", $"Your password reset code: {resetCode}");
}

/// <summary>Sends queued mail one message at a time over SMTP; a failure is logged (without the body, which holds a link).</summary>
public sealed class EmailOutbox(IOptions<EmailSettings> settings, ILogger<EmailOutbox> logger) : BackgroundService
{
    private readonly Channel<MimeMessage> _queue = Channel.CreateBounded<MimeMessage>(new BoundedChannelOptions(1000) { FullMode = BoundedChannelFullMode.DropWrite });

    public Task EnqueueAsync(string to, string subject, string text)
    {
        var s = settings.Value;
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(s.From ?? $"no-reply@{s.Host}"));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = text };
        if (!_queue.Writer.TryWrite(message)) logger.LogWarning("The email queue is full; a message was dropped");
        return Task.CompletedTask;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var message in _queue.Reader.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await SendAsync(message, stoppingToken);
                    logger.LogInformation("Sent an email ({Subject})", message.Subject);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogError("Could not send an email ({Subject}): {Problem}", message.Subject, ex.Message);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        var s = settings.Value;
        using var smtp = new SmtpClient { Timeout = 30_000 };
        var security = s.Security switch
        {
            "StartTls" => SecureSocketOptions.StartTls,
            "SslOnConnect" => SecureSocketOptions.SslOnConnect,
            "None" => SecureSocketOptions.None,
            _ => SecureSocketOptions.Auto,
        };
        await smtp.ConnectAsync(s.Host!, s.Port, security, ct);
        if (!string.IsNullOrEmpty(s.UserName)) await smtp.AuthenticateAsync(s.UserName, s.Password ?? "", ct);
        await smtp.SendAsync(message, ct);
        await smtp.DisconnectAsync(true, ct);
    }
}

public static class EmailSetup
{
    /// <summary>With Email:Host set, invitations and password resets go out by email; without it, admins copy links.</summary>
    public static IServiceCollection AddAdvisorEmail(this IServiceCollection services, IConfiguration config)
    {
        if (string.IsNullOrWhiteSpace(config["Email:Host"])) return services;
        services.AddSingleton<EmailOutbox>();
        services.AddHostedService(sp => sp.GetRequiredService<EmailOutbox>());
        services.AddSingleton<IEmailSender<AdvisorUser>, MailKitEmailSender>();
        return services;
    }
}
