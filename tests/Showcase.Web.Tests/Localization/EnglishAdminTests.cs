using Microsoft.Playwright;
using Showcase.Testing;
using Showcase.Web.Localization;
using Showcase.Web.Tests.Browser;

namespace Showcase.Web.Tests.Localization;

/// <summary>A portal administrator who reads English: the organisations, the members (one changed) and the settings, each in English.</summary>
public sealed class EnglishAdminTests(BrowserFixture fixture)
{
    [Fact]
    public async Task APortalAdmin_ListsOrganisationsAndMembers_AndChangesTheSettings_InEnglish()
    {
        var tenant = (await fixture.Host.CreatePortalAsync()).Tenant;
        var admin = await fixture.SignedInPageAsync(tenant, TestPortal.Admin);

        await admin.GotoAsync(Languages.SwitchPath(Languages.English, $"/t/{tenant}/admin/organisations?status="));
        await Assertions.Expect(admin.Locator("h1")).ToHaveTextAsync("Organisations");
        await Assertions.Expect(admin.GetByRole(AriaRole.Navigation, new() { Name = "By status" }).GetByRole(AriaRole.Link, new() { Name = "All" })).ToHaveAttributeAsync("aria-current", "page");
        await Assertions.Expect(admin.GetByRole(AriaRole.Navigation, new() { Name = "Pages" })).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"organisations: \d+, page 1"));

        await admin.GetByRole(AriaRole.Navigation, new() { Name = "Portal administration" }).GetByRole(AriaRole.Link, new() { Name = "Members and roles" }).ClickAsync();
        var row = admin.GetByRole(AriaRole.Row).Filter(new() { HasText = TestPortal.Curator });
        await Assertions.Expect(row.Locator("td[data-label=Status]")).ToHaveTextAsync("Active");
        await row.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "Account security" })).ToBeVisibleAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Save the roles and organisation" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("Roles and organisation saved; they apply at once.");
        await admin.GetByRole(AriaRole.Link, new() { Name = "Members and roles" }).ClickAsync();

        await admin.GetByRole(AriaRole.Navigation, new() { Name = "Portal administration" }).GetByRole(AriaRole.Link, new() { Name = "Portal settings" }).ClickAsync();
        await admin.GetByLabel("Enterprises may post challenges themselves").UncheckAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Save the settings" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("The portal's settings are saved and apply at once.");
        await Assertions.Expect(admin.GetByLabel("Enterprises may post challenges themselves")).Not.ToBeCheckedAsync();
        await BrowserFixture.KeepScreenshotAsync(admin, "portal-settings-in-english");
    }

    [Fact]
    public async Task APortalsHistory_NamesItsStepsInEnglish_AtBeijingTime()
    {
        var tenant = (await fixture.Host.CreatePortalAsync()).Tenant;
        var admin = await fixture.SignedInPageAsync(tenant, TestPortal.Admin);

        await admin.GotoAsync(Languages.SwitchPath(Languages.English, $"/t/{tenant}/audit/tenant/{tenant}"));

        var rows = admin.Locator("table.list tbody tr");
        await Assertions.Expect(rows.Filter(new() { HasText = "Create a portal" })).ToHaveCountAsync(1);
        await Assertions.Expect(rows.First).ToContainTextAsync("(UTC+8)");
    }
}
