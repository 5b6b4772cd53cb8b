using Microsoft.Extensions.Logging;
using Showcase.People;

namespace Showcase.Api.Challenges;

/// <summary>Sends e-mail to a person. Pluggable: the default only logs (development, tests, portals without mail).</summary>
public interface IEmailSender
{
    Task SendAsync(AccountKey to, string subject, string body);
}

public sealed partial class LoggingEmailSender(ILogger<LoggingEmailSender> logger) : IEmailSender
{
    public Task SendAsync(AccountKey to, string subject, string body)
    {
        LogMail(logger, to.ToString(), subject);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "E-mail (not sent, logging sender) to {To}: {Subject}")]
    private static partial void LogMail(ILogger logger, string to, string subject);
}
