using Microsoft.Playwright;
using Showcase.Tenancy;
using Showcase.Testing;
using Showcase.Web.Tests.Browser;

namespace Showcase.Web.Tests.People;

/// <summary>A platform admin deletes a portal from the portal list: schedule, confirm, and the portal is gone and purged.</summary>
public sealed class PortalDeletionPagesTests(BrowserFixture fixture)
{
    [Fact]
    public async Task PlatformAdmin_SchedulesAndConfirmsADeletion_TypingTheId_AndSeesThePortalPurged()
    {
        var portal = await fixture.Host.CreatePortalAsync("待删除的联盟门户");
        var page = await PortalRowAsync(portal.Tenant);
        await page.GetByRole(AriaRole.Row).Filter(new() { HasText = "待删除的联盟门户" }).GetByRole(AriaRole.Link, new() { Name = "删除…" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("删除门户“待删除的联盟门户”");

        var typed = page.GetByLabel($"请输入门户标识 {portal.Tenant} 以确认");
        await typed.FillAsync("wrong-id");
        await page.GetByRole(AriaRole.Button, new() { Name = "安排删除" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync($"请输入门户标识“{portal.Tenant}”以确认。");
        await Assertions.Expect(typed).ToHaveValueAsync("wrong-id");
        await typed.FillAsync(portal.Tenant.Value);
        await page.GetByRole(AriaRole.Button, new() { Name = "安排删除" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("现在可以确认删除");
        await BrowserFixture.KeepScreenshotAsync(page, "portal-deletion-due");
        await page.GetByLabel($"请输入门户标识 {portal.Tenant} 以确认").FillAsync(portal.Tenant.Value);
        await page.GetByRole(AriaRole.Button, new() { Name = "确认删除，清除全部数据" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync($"门户“{portal.Tenant}”已删除");
        await Assertions.Expect(page.Locator("table").First).Not.ToContainTextAsync("待删除的联盟门户");
        var deleted = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "待删除的联盟门户" });
        await Assertions.Expect(deleted).ToContainTextAsync("平台管理员");
        // The purge erases the data within seconds here (at once after confirming, every five seconds it looks).
        await Eventually.TrueAsync(async () =>
        {
            await page.ReloadAsync();
            return (await deleted.TextContentAsync())!.Contains("已于");
        }, TestContext.Current.CancellationToken);
        await Assertions.Expect(deleted).ToContainTextAsync("清除");
        await BrowserFixture.KeepScreenshotAsync(page, "portal-deleted");

        var gone = await page.GotoAsync($"/t/{portal.Tenant}/");
        Assert.Equal(404, gone!.Status);
    }

    [Fact]
    public async Task PlatformAdmin_CancelsAScheduledDeletion_AndThePortalStays()
    {
        var portal = await fixture.Host.CreatePortalAsync("先安排后取消的门户");
        var page = await PortalRowAsync(portal.Tenant);
        await page.GotoAsync(PortalPaths.Of(TenantId.Platform).PortalDeletion(portal.Tenant));
        await page.GetByLabel($"请输入门户标识 {portal.Tenant} 以确认").FillAsync(portal.Tenant.Value);
        await page.GetByRole(AriaRole.Button, new() { Name = "安排删除" }).ClickAsync();
        await page.GotoAsync(PortalPaths.Of(TenantId.Platform).PortalList);
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "先安排后取消的门户" })).ToContainTextAsync("已安排删除");

        await page.GotoAsync(PortalPaths.Of(TenantId.Platform).PortalDeletion(portal.Tenant));
        await page.GetByRole(AriaRole.Button, new() { Name = "取消删除" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "安排删除" })).ToBeVisibleAsync();
        await page.GotoAsync(PortalPaths.Of(TenantId.Platform).PortalList);
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "先安排后取消的门户" })).Not.ToContainTextAsync("已安排删除");
        Assert.Equal(200, (await page.GotoAsync($"/t/{portal.Tenant}/"))!.Status);
    }

    private async Task<IPage> PortalRowAsync(TenantId tenant)
    {
        var page = await fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(page, TenantId.Platform, "admin", ShowcaseHost.PlatformAdminPassword);
        await page.GotoAsync(PortalPaths.Of(TenantId.Platform).PortalList);
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = $"/t/{tenant}/" })).ToBeVisibleAsync();
        return page;
    }
}
