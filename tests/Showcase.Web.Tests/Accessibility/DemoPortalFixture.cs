using Microsoft.Playwright;
using Showcase.Testing;
using Showcase.Web.Tests.Browser;

namespace Showcase.Web.Tests.Accessibility;

/// <summary>
/// A host of its own with the demo portal a newcomer sees first (portfolio included) and its demo accounts, one per
/// role: the pages the accessibility checks walk, full of real content. Chromium is the assembly's.
/// </summary>
public sealed class DemoPortalFixture : IAsyncLifetime
{
    public const string Tenant = "demo";

    /// <summary>The demo accounts' password, as the README gives it.</summary>
    public const string DemoPassword = "showcase-demo-2026";

    public ShowcaseHost Host { get; } = new(seedDemoContent: true, httpPort: FreePorts.Next(), settings: new Dictionary<string, string?>
    {
        ["Showcase:SeedDemoPortfolio"] = "true",
        ["Showcase:RateLimits:SignInsPerMinute"] = "1000",
    });

    public ValueTask InitializeAsync()
    {
        Host.StartServer();
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// A page of its own, JavaScript on (axe and the phone layout's folding run in the page), at the given viewport;
    /// a <paramref name="phone"/> has a touch screen.
    /// </summary>
    public static async Task<IPage> NewPageAsync(IBrowser browser, Uri baseAddress, int width = 1280, int height = 900, bool phone = false)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            Locale = "zh-CN",
            ViewportSize = new ViewportSize { Width = width, Height = height },
            IsMobile = phone,
            HasTouch = phone,
        });
        return await context.NewPageAsync();
    }

    /// <summary>Signs in as a demo account, or as the platform's administrator when <paramref name="login"/> is <c>platform-admin</c>.</summary>
    public static async Task SignInAsync(IPage page, string login)
    {
        if (login == "platform-admin")
        {
            await BrowserFixture.SignInAsync(page, Showcase.Tenancy.TenantId.Platform, "admin", ShowcaseHost.PlatformAdminPassword);
        }
        else
        {
            await BrowserFixture.SignInAsync(page, Showcase.Tenancy.TenantId.Parse(Tenant), login, DemoPassword);
        }

        await Assertions.Expect(page.Locator(".user-menu")).ToContainTextAsync("退出");
    }

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
