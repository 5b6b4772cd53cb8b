using Microsoft.Playwright;
using Showcase.Testing;
using Showcase.Web.Tests.Browser;

namespace Showcase.Web.Tests.People;

/// <summary>A portal admin opens accounts from the members page.</summary>
public sealed class MemberAdminPagesTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Admin_OpensAnExpertsAccount_ThroughARefusalThatKeepsWhatWasTyped()
    {
        var tenant = (await fixture.Host.CreatePortalAsync()).Tenant;
        var admin = await fixture.SignedInPageAsync(tenant, TestPortal.Admin);

        await admin.GotoAsync($"/t/{tenant}/admin/members");
        await admin.GetByRole(AriaRole.Link, new() { Name = "新建账号" }).ClickAsync();
        await admin.GetByLabel("登录名").FillAsync("wang-expert");
        await admin.GetByLabel("姓名").FillAsync("王建国");
        await admin.GetByLabel("初始密码").FillAsync("short");
        await admin.GetByLabel("评审专家").CheckAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "开设账号" }).ClickAsync();

        await Assertions.Expect(admin.GetByRole(AriaRole.Alert)).ToContainTextAsync("密码");
        await Assertions.Expect(admin.GetByLabel("姓名")).ToHaveValueAsync("王建国");
        await Assertions.Expect(admin.GetByLabel("评审专家")).ToBeCheckedAsync();

        await admin.GetByLabel("初始密码").FillAsync("expert-password-2026");
        await admin.GetByRole(AriaRole.Button, new() { Name = "开设账号" }).ClickAsync();

        await Assertions.Expect(admin.GetByRole(AriaRole.Status).First).ToContainTextAsync("账号已开设");
        await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("王建国");
        await admin.GotoAsync($"/t/{tenant}/admin/members");
        await Assertions.Expect(admin.GetByRole(AriaRole.Row).Filter(new() { HasText = "王建国" })).ToContainTextAsync("评审专家");
    }
}
