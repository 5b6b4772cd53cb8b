namespace Showcase.Api.Mail;

/// <summary>One plain-text e-mail to one address.</summary>
public sealed record EmailMessage(string To, string Subject, string Body);

/// <summary>
/// Sends e-mail. <see cref="SmtpEmailSender"/> when <c>Showcase:Smtp:Host</c> is configured; otherwise
/// <see cref="LoggingEmailSender"/>, which only writes the recipient and subject to the log.
/// </summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default);
}
