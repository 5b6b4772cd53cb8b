using Microsoft.Playwright;
using Showcase.Tenancy;
using Showcase.Web.Tests.Browser;

namespace Showcase.Web.Tests.Localization;

/// <summary>The interface's language: the person's choice, remembered; else the portal's default; addresses the same in both.</summary>
public sealed class LanguageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task AVisitor_ReadsThePortalsDefaultLanguage_SwitchesToTheOther_AndKeepsIt_WhileLangAddressesNameOne()
    {
        var tenant = await fixture.Host.CreateTenantAsync();
        await fixture.Host.Grains.GetTenant(tenant).ConfigureAsync(new TenantProfile("English portal", "", TenantProfile.English), Showcase.Audit.Actor.System);
        var page = await fixture.NewPageAsync();

        await page.GotoAsync($"/t/{tenant}/cases");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        var navigation = page.GetByRole(AriaRole.Navigation, new() { Name = "Main navigation" });
        await Assertions.Expect(navigation.GetByRole(AriaRole.Link, new() { Name = "Demonstration factories" })).ToBeVisibleAsync();
        var english = await page.Locator("link[rel=alternate][hreflang=en]").GetAttributeAsync("href");
        Assert.EndsWith($"/t/{tenant}/cases?lang=en", english);
        Assert.EndsWith($"/t/{tenant}/cases", await page.Locator("link[rel=alternate][hreflang=x-default]").GetAttributeAsync("href"));

        await page.GetByRole(AriaRole.Link, new() { Name = "中文" }).ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
        Assert.EndsWith($"/t/{tenant}/cases", page.Url);
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "主导航" }).GetByRole(AriaRole.Link, new() { Name = "示范工厂" })).ToBeVisibleAsync();

        await page.GotoAsync($"/t/{tenant}/factories");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "English" })).ToHaveAttributeAsync("lang", "en");

        await page.GotoAsync(english!);
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await page.GotoAsync($"/t/{tenant}/factories");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
    }

    [Fact]
    public async Task TheSwitch_ReturnsOnlyToAPathOnThisSite()
    {
        var page = await fixture.NewPageAsync();
        var response = await page.APIRequest.GetAsync("/language/en?back=//example.com/x", new() { MaxRedirects = 0 });

        Assert.Equal(302, response.Status);
        Assert.Equal("/", response.Headers["location"]);
    }
}
