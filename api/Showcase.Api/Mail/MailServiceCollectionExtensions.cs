using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Showcase.People;

namespace Showcase.Api.Mail;

public static class MailServiceCollectionExtensions
{
    /// <summary>SMTP when <c>Showcase:Smtp:Host</c> is set, the logging sender otherwise (unless a test put its own in first).</summary>
    public static IServiceCollection AddShowcaseMail(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(SmtpOptions.Section);
        services.Configure<SmtpOptions>(section);
        if (!string.IsNullOrWhiteSpace(section[nameof(SmtpOptions.Host)]))
        {
            services.TryAddSingleton<IEmailSender, SmtpEmailSender>();
        }
        else
        {
            services.TryAddSingleton<IEmailSender, LoggingEmailSender>();
        }

        return services;
    }

    /// <summary>Mails a person at the e-mail address of their account, if it has one.</summary>
    public static async Task<bool> SendToAccountAsync(this IEmailSender sender, IGrainFactory grains, AccountKey to, string subject, string body)
    {
        if (await grains.GetAccount(to).GetAsync() is not { Email: { } address })
        {
            return false;
        }

        await sender.SendAsync(new EmailMessage(address, subject, body));
        return true;
    }
}
