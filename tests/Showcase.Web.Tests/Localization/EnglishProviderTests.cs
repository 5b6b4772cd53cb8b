using Microsoft.Playwright;
using Showcase.Testing;
using Showcase.Web.Localization;
using Showcase.Web.Tests.Browser;

namespace Showcase.Web.Tests.Localization;

/// <summary>A foreign provider registers in English: the form, its refusals, capabilities in the lists' English names, the page that shows it.</summary>
public sealed class EnglishProviderTests(BrowserFixture fixture)
{
    [Fact]
    public async Task AProvider_RegistersInEnglish_ItsMistakesExplainedInEnglish_AndReadsItsPageInEnglish()
    {
        var tenant = (await fixture.Host.CreatePortalAsync()).Tenant;
        var page = await fixture.SignedInPageAsync(tenant, TestPortal.Provider);
        await page.GotoAsync(Languages.SwitchPath(Languages.English, $"/t/{tenant}/providers/new"));

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Register a solution provider");
        await page.GetByLabel("Provider name").FillAsync("示例工业软件有限公司");
        await page.GetByLabel("Kind of organisation").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.GetByLabel("Province").SelectOptionAsync(new SelectOptionValue { Label = "Beijing" });
        await page.GetByLabel("Summary", new() { Exact = true }).FillAsync("MES and quality tracing for discrete manufacturing.");
        await page.GetByLabel("Capabilities").FillAsync("Automotive/Quality control: Artificial intelligence, 5G");
        await page.GetByText("Industrial internet platform figures").ClickAsync();
        await page.GetByLabel("Third-party developers registered").FillAsync("a thousand");
        await page.GetByLabel("Secures data").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Register" }).ClickAsync();

        await Assertions.Expect(page.Locator(".field-error")).ToContainTextAsync("Third-party developers registered: should be a number, such as 300 (it reads “a thousand”).");
        await Assertions.Expect(page.GetByLabel("Capabilities")).ToHaveValueAsync("Automotive/Quality control: Artificial intelligence, 5G");
        await page.GetByLabel("Third-party developers registered").FillAsync("1200");
        await page.GetByRole(AriaRole.Button, new() { Name = "Register" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/new", StringComparison.Ordinal));

        var figures = page.Locator("table.figures");
        await Assertions.Expect(figures.GetByRole(AriaRole.Row).Filter(new() { HasText = "Third-party developers registered" })).ToContainTextAsync("1,200");
        await Assertions.Expect(figures.GetByRole(AriaRole.Row).Filter(new() { HasText = "Secures data" })).ToContainTextAsync("Yes");
        await page.GotoAsync(page.Url.Split('?')[0] + "/edit");
        await Assertions.Expect(page.GetByLabel("Capabilities")).ToHaveValueAsync("Automotive/Quality control: Artificial intelligence, 5G");
        await BrowserFixture.KeepScreenshotAsync(page, "provider-form-in-english");
    }
}
