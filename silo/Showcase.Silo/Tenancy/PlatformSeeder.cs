using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Showcase.Api.People;
using Showcase.Audit;
using Showcase.Common;
using Showcase.People;
using Showcase.Tenancy;

namespace Showcase.Silo.Tenancy;

/// <summary>
/// On first start: the platform's own portal (<c>/t/platform/</c>) and its first admin account, with the password
/// from configuration or, when none is configured, a generated one written to the log this once.
/// </summary>
public sealed partial class PlatformSeeder(
    IGrainFactory grains, Passwords passwords, IOptions<PlatformAdminOptions> options, ILogger<PlatformSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await grains.GetTenant(TenantId.Platform).EnsureCreatedAsync(new TenantProfile("Showcase 平台管理", "管理各个门户和平台管理员。"));

        var key = new AccountKey(TenantId.Platform, EntityId.Parse(options.Value.Login));
        var account = grains.GetAccount(key);
        if (await account.GetAsync() is not null)
        {
            return;
        }

        var configured = options.Value.Password;
        var password = string.IsNullOrEmpty(configured) ? Convert.ToBase64String(RandomNumberGenerator.GetBytes(15)) : configured;
        await account.RegisterAsync(
            new AccountRegistration("平台管理员", passwords.Hash(password), Membership.None, IsPlatformAdmin: true), Actor.System);
        if (string.IsNullOrEmpty(configured))
        {
            LogGeneratedPassword(key.Login.Value, password);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "平台管理员账号已创建：登录名 {Login}，初始密码 {Password}（只显示这一次）。请在 /t/platform/login 登录后立即修改密码。")]
    private partial void LogGeneratedPassword(string login, string password);
}
