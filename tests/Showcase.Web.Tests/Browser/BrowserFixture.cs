using Microsoft.Playwright;
using Showcase.Tenancy;
using Showcase.Testing;

[assembly: AssemblyFixture(typeof(Showcase.Web.Tests.Browser.BrowserFixture))]

namespace Showcase.Web.Tests.Browser;

/// <summary>
/// The real host on Kestrel and Debian's Chromium driven by Playwright. Playwright never downloads a browser here:
/// it launches <c>/usr/bin/chromium</c> (or <c>SHOWCASE_CHROMIUM</c>) with the flags this sandboxed network needs.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public BrowserFixture()
    {
        // Every page test signs in (and signs up) through the forms from the same address; the limits (tested in
        // Silo.Tests) would otherwise refuse them within a minute. Mail goes to a real SMTP server on loopback.
        Host = new(httpPort: FreePorts.Next(), settings: new Dictionary<string, string?>(Mail.HostSettings)
        {
            ["Showcase:RateLimits:SignInsPerMinute"] = "1000",
            ["Showcase:SignIn:AccountRequestsPerAddress:FailuresBeforePause"] = "1000",
            // A portal's deletion can be confirmed as soon as it is scheduled, and is purged at once (the waiting is tested in Grains.Tests).
            ["Showcase:PortalDeletion:GraceDays"] = "0",
            ["Showcase:PortalDeletion:PurgeAfterSeconds"] = "0",
        });
    }

    public MailSink Mail { get; } = new();

    public ShowcaseHost Host { get; }

    public IBrowser Browser { get; private set; } = default!;

    public async ValueTask InitializeAsync()
    {
        // Assertions wait for the state they name; on a machine busy with other work a page can take longer than
        // Playwright's 5 s default to get there, so they wait as long as actions do.
        Assertions.SetDefaultExpectTimeout(30_000);
        Host.StartServer();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("SHOWCASE_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
            ],
        });
    }

    /// <summary>A fresh page in its own context; JavaScript off by default, since every page must work without it.</summary>
    public async Task<IPage> NewPageAsync(bool javaScriptEnabled = false)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Host.BaseAddress!.ToString(),
            JavaScriptEnabled = javaScriptEnabled,
            Locale = "zh-CN",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        return await context.NewPageAsync();
    }

    /// <summary>A fresh page signed in to the portal through its login form.</summary>
    public async Task<IPage> SignedInPageAsync(TenantId tenant, string login, bool javaScriptEnabled = false)
    {
        var page = await NewPageAsync(javaScriptEnabled);
        await SignInAsync(page, tenant, login);
        return page;
    }

    public static async Task SignInAsync(IPage page, TenantId tenant, string login, string password = TestPortal.Password)
    {
        await page.GotoAsync($"/t/{tenant}/login");
        await page.GetByLabel("登录名").FillAsync(login);
        await page.GetByLabel("密码").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "登录" }).ClickAsync();
    }

    /// <summary>Keeps a full-page screenshot under TestResults/artifacts and attaches it to the test result.</summary>
    public static async Task KeepScreenshotAsync(IPage page, string name)
    {
        var path = Path.Combine(TestFolders.Artifacts(), $"{name}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        TestContext.Current.AddAttachment(name, await File.ReadAllBytesAsync(path), "image/png");
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await Host.DisposeAsync();
        await Mail.DisposeAsync();
    }
}
