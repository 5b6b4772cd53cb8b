using Microsoft.Playwright;
using Showcase.Testing;
using Showcase.Web.Tests.Browser;

namespace Showcase.Web.Tests.Portal;

/// <summary>Pages read in Chinese throughout: the product's name, empty choices, placeholders, the integrators' corner.</summary>
public sealed class ChinesePagesTests(BrowserFixture fixture)
{
    [Fact]
    public async Task HeaderAndFooter_NameTheProductInChinese_AndTheApiLivesOnItsOwnPage()
    {
        var portal = await fixture.Host.CreatePortalAsync();
        var page = await fixture.NewPageAsync();
        await page.GotoAsync($"/t/{portal.Tenant}/");

        await Assertions.Expect(page.Locator(".site-header .brand")).ToContainTextAsync("智造展台");
        Assert.DoesNotContain("Showcase", await page.Locator("body").InnerTextAsync());
        Assert.DoesNotContain("Showcase", await page.TitleAsync());
        await Assertions.Expect(page.Locator(".site-footer").GetByRole(AriaRole.Link, new() { Name = "GraphQL 接口" })).ToHaveCountAsync(0);

        await page.Locator(".site-footer").GetByRole(AriaRole.Link, new() { Name = "系统对接" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("系统对接");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync($"/t/{portal.Tenant}/graphql");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("createAccessToken");
    }

    [Fact]
    public async Task ChallengeForm_AsksForAnIndustry_AndPlaceholdersBreakLines()
    {
        var portal = await fixture.Host.CreatePortalAsync();
        var curator = await fixture.SignedInPageAsync(portal.Tenant, TestPortal.Curator);
        await curator.GotoAsync($"/t/{portal.Tenant}/challenges/new");

        await Assertions.Expect(curator.GetByLabel("所属行业 *").Locator("option").First).ToHaveTextAsync("请选择行业");

        await curator.GotoAsync($"/t/{portal.Tenant}/cases/new");
        var placeholder = await curator.GetByLabel("成效指标").GetAttributeAsync("placeholder");
        Assert.DoesNotContain("&#10;", placeholder);
        Assert.Contains("\n焊点缺陷率", placeholder);
    }
}
