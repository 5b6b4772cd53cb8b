using System.Net.Http.Json;
using Microsoft.Playwright;
using Showcase.Testing;
using Showcase.Web.Tests.Browser;

namespace Showcase.Web.Tests.People;

public sealed class SignInPagesTests(BrowserFixture fixture)
{
    [Fact]
    public async Task NewScenario_Anonymous_GoesToLogin_WrongPasswordIsRefused_ThenReturnsToTheForm()
    {
        var portal = await fixture.Host.CreatePortalAsync();
        var page = await fixture.NewPageAsync();

        await page.GotoAsync($"/t/{portal.Tenant}/scenarios/new");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/login\\?returnUrl="));
        await page.GetByLabel("登录名").FillAsync(TestPortal.Enterprise);
        await page.GetByLabel("密码").FillAsync("wrong-password");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "登录" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("登录名或密码不正确");

        await page.GetByLabel("密码").FillAsync(TestPortal.Password);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "登录" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "新建场景" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".user-menu")).ToContainTextAsync($"测试{TestPortal.Enterprise}");
        await BrowserFixture.KeepScreenshotAsync(page, "signed-in-new-scenario");
    }

    [Fact]
    public async Task StrangersWrongPasswords_PauseTheLoginForNewBrowsers_NotForTheBrowserThatSignedInBefore()
    {
        var portal = await fixture.Host.CreatePortalAsync();
        var owner = await fixture.SignedInPageAsync(portal.Tenant, TestPortal.Curator);
        await owner.GotoAsync($"/t/{portal.Tenant}/logout");
        await owner.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "退出登录" }).ClickAsync();
        await Assertions.Expect(owner.Locator(".user-menu")).ToContainTextAsync("登录");

        // Someone else guesses the curator's password through the API until the login pauses.
        using var attacker = new HttpClient { BaseAddress = fixture.Host.BaseAddress };
        var statuses = new List<System.Net.HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            using var guess = await attacker.PostAsJsonAsync($"/t/{portal.Tenant}/graphql", new
            {
                query = "mutation($p: String!) { createAccessToken(login: \"curator\", password: $p, name: \"猜\") { token } }",
                variables = new { p = $"guess-{i}" },
            }, TestContext.Current.CancellationToken);
            statuses.Add(guess.StatusCode);
        }

        var stranger = await fixture.NewPageAsync();
        await stranger.GotoAsync($"/t/{portal.Tenant}/login");
        await stranger.GetByLabel("登录名").FillAsync(TestPortal.Curator);
        await stranger.GetByLabel("密码").FillAsync(TestPortal.Password);
        var refused = await stranger.RunAndWaitForResponseAsync(
            () => stranger.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "登录" }).ClickAsync(),
            response => response.Request.Method == "POST");
        await Assertions.Expect(stranger.GetByRole(AriaRole.Alert)).ToContainTextAsync("密码尝试次数过多");
        await BrowserFixture.KeepScreenshotAsync(stranger, "sign-in-paused");

        await BrowserFixture.SignInAsync(owner, portal.Tenant, TestPortal.Curator);

        Assert.Equal(System.Net.HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.Equal(429, refused.Status);
        Assert.NotNull(await refused.HeaderValueAsync("retry-after"));
        await Assertions.Expect(owner.Locator(".user-menu")).ToContainTextAsync($"测试{TestPortal.Curator}");
    }

    [Fact]
    public async Task EnterpriseMember_SeesOwnDraft_ButNoPublishButton_AndRivalDoesNotSeeIt()
    {
        var portal = await fixture.Host.CreatePortalAsync();
        var page = await fixture.SignedInPageAsync(portal.Tenant, TestPortal.Enterprise);
        await page.GotoAsync($"/t/{portal.Tenant}/scenarios/new");
        await page.GetByLabel("场景名称").FillAsync("企业自己申报的草稿");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "保存草稿" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("草稿已保存");
        var draftUrl = page.Url;

        await Assertions.Expect(page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "编辑" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "发布" })).ToHaveCountAsync(0);

        var rival = await fixture.SignedInPageAsync(portal.Tenant, TestPortal.RivalEnterprise);
        await rival.GotoAsync(draftUrl);
        await Assertions.Expect(rival.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "找不到场景" })).ToBeVisibleAsync();
        await rival.GotoAsync($"/t/{portal.Tenant}/scenarios");
        await Assertions.Expect(rival.Locator("main")).Not.ToContainTextAsync("企业自己申报的草稿");
    }

    [Fact]
    public async Task PasswordChange_WrongCurrentPasswordIsRefused_TheRightOneChangesIt()
    {
        var tenant = (await fixture.Host.CreatePortalAsync()).Tenant;
        var page = await fixture.SignedInPageAsync(tenant, TestPortal.Enterprise);
        await page.GotoAsync($"/t/{tenant}/account");

        await page.GetByLabel("当前密码").FillAsync("not-my-password");
        await page.GetByLabel("新密码").FillAsync("a-brand-new-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "修改密码" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();

        await page.GetByLabel("当前密码").FillAsync(TestPortal.Password);
        await page.GetByLabel("新密码").FillAsync("a-brand-new-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "修改密码" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("密码已修改");

        var again = await fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(again, tenant, TestPortal.Enterprise, "a-brand-new-password");
        await Assertions.Expect(again.Locator(".user-menu")).ToContainTextAsync("退出");
    }

    [Fact]
    public async Task Logout_EndsTheSession()
    {
        var portal = await fixture.Host.CreatePortalAsync();
        var page = await fixture.SignedInPageAsync(portal.Tenant, TestPortal.Curator);

        await page.GotoAsync($"/t/{portal.Tenant}/logout");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "退出登录" }).ClickAsync();

        await Assertions.Expect(page.Locator(".user-menu")).ToContainTextAsync("登录");
        await page.GotoAsync($"/t/{portal.Tenant}/scenarios/new");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/login"));
    }
}
