using Microsoft.Extensions.Logging;

namespace Showcase.Api.Mail;

/// <summary>The sender when no SMTP server is configured: the recipient and subject go to the log, the body (which may hold a link) only at Debug level.</summary>
public sealed partial class LoggingEmailSender(ILogger<LoggingEmailSender> logger) : IEmailSender
{
    public Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        LogMail(logger, message.To, message.Subject);
        LogBody(logger, message.Body);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "E-mail (not sent: no SMTP server configured) to {To}: {Subject}")]
    private static partial void LogMail(ILogger logger, string to, string subject);

    [LoggerMessage(Level = LogLevel.Debug, Message = "E-mail body: {Body}")]
    private static partial void LogBody(ILogger logger, string body);
}
