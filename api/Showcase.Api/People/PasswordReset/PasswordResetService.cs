using Showcase.Api.Mail;
using Showcase.Api.People.SignIn;
using Showcase.Api.Tenancy;
using Showcase.Common;
using Showcase.People;

namespace Showcase.Api.People.PasswordReset;

/// <summary>
/// Password reset: a person asks for a link by e-mail (valid <see cref="MailedLinkHours"/> h), or a tenant admin makes
/// one to pass on (valid <see cref="AdminLinkHours"/> h). The link's secret is stored hashed and is used up by the reset;
/// a newer link replaces an older one. Asking answers the same whether or not the login exists or has an e-mail address.
/// </summary>
public sealed class PasswordResetService(
    IGrainFactory grains, RequestTenant tenant, CurrentUser current, Passwords passwords, PeopleService people,
    AccountRequestThrottle throttle, IEmailSender mail, PortalLinks links, TimeProvider clock)
{
    public const int MailedLinkHours = 1;
    public const int AdminLinkHours = 24;

    public const string Requested = "如果这个登录名存在并登记了电子邮箱，重置密码的链接已经发到该邮箱，1 小时内有效。没有收到的话，请联系门户管理员。";

    public async Task RequestAsync(string login)
    {
        await throttle.CountAsync("password-reset", login);
        if (!LoginName.TryParse(login, out var loginId)
            || await grains.GetAccount(new AccountKey(tenant.Id, loginId)).GetAsync() is not { Email: { } email, IsLocked: false } account)
        {
            return;
        }

        var link = await IssueAsync(account.Key, TimeSpan.FromHours(MailedLinkHours), new Showcase.Audit.Actor(account.Key.ToString(), account.DisplayName));
        await mail.SendAsync(new EmailMessage(email, $"重置您在“{tenant.Current.Profile.Name}”的密码",
            $"{account.DisplayName}，您好：\n\n有人（希望是您）申请重置登录名 {account.Key.Login} 的密码。打开下面的链接设置新密码（{MailedLinkHours} 小时内有效，只能使用一次）：\n{link}\n\n如果不是您本人申请，请忽略这封邮件，您的密码不会改变。\n"));
    }

    /// <summary>A reset link for a tenant admin to pass on to the person.</summary>
    public async Task<string> CreateLinkAsync(string login)
    {
        current.RequireAny("生成密码重置链接", Role.TenantAdmin);
        var key = new AccountKey(tenant.Id, PeopleService.ParseLogin(login));
        await people.ExistingAccountAsync(key);
        return await IssueAsync(key, TimeSpan.FromHours(AdminLinkHours), current.AsActor);
    }

    /// <summary>Sets the new password when the link is right and unused; every session of the account ends.</summary>
    public async Task<AccountSnapshot> ResetAsync(string token, string newPassword)
    {
        await throttle.CountAsync("password-reset-use", null);
        var parts = token.Trim().Split('.');
        if (parts.Length != 2 || !EntityId.TryParse(parts[0], out var login))
        {
            throw new DomainException(ErrorCodes.InvalidToken, Sentence.Of("BadResetLink"), "token");
        }

        Passwords.CheckNew(newPassword, login.Value, "newPassword");
        return await grains.GetAccount(new AccountKey(tenant.Id, login)).ResetPasswordAsync(OneTimeSecret.Hash(parts[1]), passwords.Hash(newPassword));
    }

    private async Task<string> IssueAsync(AccountKey account, TimeSpan validFor, Showcase.Audit.Actor by)
    {
        var (secret, hash) = OneTimeSecret.Create();
        await grains.GetAccount(account).IssuePasswordResetAsync(hash, clock.GetUtcNow() + validFor, by);
        return links.To(portal => portal.ResetPassword($"{account.Login}.{secret}"));
    }
}
