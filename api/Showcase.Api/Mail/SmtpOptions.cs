using MailKit.Security;

namespace Showcase.Api.Mail;

/// <summary>The SMTP server mail goes out through, bound from <c>Showcase:Smtp</c>. Without a <see cref="Host"/> mail is only logged.</summary>
public sealed class SmtpOptions
{
    public const string Section = "Showcase:Smtp";

    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary><c>Auto</c> (STARTTLS when offered), <c>StartTls</c> (required), <c>SslOnConnect</c> (port 465) or <c>None</c>.</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.Auto;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>The sender address, e.g. <c>noreply@portal.example.cn</c>.</summary>
    public string From { get; set; } = "noreply@showcase.local";

    public string FromName { get; set; } = "Showcase 智能制造案例展示";
}
