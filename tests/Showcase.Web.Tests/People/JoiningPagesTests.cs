using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Showcase.Testing;
using Showcase.Web.Tests.Browser;

namespace Showcase.Web.Tests.People;

public sealed partial class JoiningPagesTests(BrowserFixture fixture)
{
    [Fact]
    public async Task FreshProvider_SignsUp_IsVerified_IsListed_AndBids()
    {
        var portal = await fixture.Host.CreatePortalAsync();
        var tenant = portal.Tenant;
        await new CatalogSeed(fixture.Host.Grains, tenant).OpenChallengeAsync("task", "焊点质量在线检测", days: 30, owner: CatalogSeed.OwnedBy(TestPortal.Curator, TestPortal.OrganiserOrg));

        var provider = await fixture.NewPageAsync();
        await provider.GotoAsync($"/t/{tenant}/login");
        await provider.GetByRole(AriaRole.Link, new() { Name = "企业和供应商注册" }).ClickAsync();
        await FillPersonAsync(provider, "zhou-ming", "周明");
        await provider.GetByLabel("解决方案供应商（揭榜、展示能力）").CheckAsync();
        await FillOrganisationAsync(provider, "锐视智能科技有限公司", CreditCodes.WrongCheck(21));
        await provider.GetByRole(AriaRole.Button, new() { Name = "注册" }).ClickAsync();
        await Assertions.Expect(provider.GetByRole(AriaRole.Alert)).ToContainTextAsync("校验位不对");
        await Assertions.Expect(provider.GetByRole(AriaRole.Alert)).ToContainTextAsync("请填写供应商主体类型");
        await Assertions.Expect(provider.GetByLabel("单位全称")).ToHaveValueAsync("锐视智能科技有限公司");
        await Assertions.Expect(provider.GetByLabel("解决方案供应商（揭榜、展示能力）")).ToBeCheckedAsync();
        await BrowserFixture.KeepScreenshotAsync(provider, "sign-up-refused");

        await provider.GetByLabel("统一社会信用代码", new() { Exact = true }).FillAsync(CreditCodes.Valid(21));
        await provider.GetByLabel("密码", new() { Exact = true }).FillAsync("sign-up-password-1");
        await provider.GetByLabel("主体类型").SelectOptionAsync("it");
        await provider.GetByLabel("主要服务行业").SelectOptionAsync("automotive");
        await provider.GetByLabel("主要能力领域").SelectOptionAsync("quality");
        await provider.GetByRole(AriaRole.Button, new() { Name = "注册" }).ClickAsync();
        await Assertions.Expect(provider.GetByRole(AriaRole.Status).First).ToContainTextAsync("注册成功");
        await Assertions.Expect(provider.Locator(".status-panel")).ToContainTextAsync("待审核");
        await provider.GotoAsync($"/t/{tenant}/challenges/task");
        await Assertions.Expect(provider.Locator(".bid-standing")).ToContainTextAsync("正在等待门户审核");
        await BrowserFixture.KeepScreenshotAsync(provider, "bid-standing-waiting");

        var curator = await fixture.SignedInPageAsync(tenant, TestPortal.Curator);
        await curator.GotoAsync($"/t/{tenant}/");
        await curator.GetByRole(AriaRole.Link, new() { Name = "门户管理（1 家待审核）" }).ClickAsync();
        await curator.GetByRole(AriaRole.Link, new() { Name = "锐视智能科技有限公司" }).ClickAsync();
        await curator.GetByRole(AriaRole.Button, new() { Name = "审核通过" }).ClickAsync();
        await Assertions.Expect(curator.GetByRole(AriaRole.Status).First).ToContainTextAsync("已审核通过");

        await provider.ReloadAsync();
        await Assertions.Expect(provider.Locator(".bid-standing")).ToContainTextAsync("还没有入库");
        await provider.GetByRole(AriaRole.Link, new() { Name = "查看供应商资料" }).ClickAsync();
        var entryUrl = provider.Url;
        await curator.GotoAsync(entryUrl);
        await curator.GetByRole(AriaRole.Button, new() { Name = "入库" }).ClickAsync();
        await Assertions.Expect(curator.GetByRole(AriaRole.Status).First).ToContainTextAsync("已入库");

        await provider.GotoAsync($"/t/{tenant}/challenges/task");
        await provider.GetByLabel("技术方案（支持 Markdown）").FillAsync("工业相机 + 边缘推理，在线检测每个焊点。");
        await provider.GetByLabel("报价（万元）").FillAsync("120");
        await provider.GetByLabel("实施计划").FillAsync("四个月");
        await provider.GetByLabel("项目团队").FillAsync("周明 · 项目经理");
        await provider.GetByRole(AriaRole.Button, new() { Name = "提交揭榜方案" }).ClickAsync();
        await Assertions.Expect(provider.GetByRole(AriaRole.Status).First).ToContainTextAsync("揭榜方案已提交");
        await BrowserFixture.KeepScreenshotAsync(provider, "signed-up-provider-bid");
    }

    [Fact]
    public async Task Rejected_Enterprise_CorrectsAndResubmits_AndIsApproved()
    {
        var portal = await fixture.Host.CreatePortalAsync();
        var tenant = portal.Tenant;
        var applicant = await SignedUpEnterpriseAsync(tenant, "wu-jing", "吴静", "皖江精工", 22);

        var admin = await fixture.SignedInPageAsync(tenant, TestPortal.Admin);
        await admin.GotoAsync($"/t/{tenant}/admin/organisations?status=pending");
        await Assertions.Expect(admin.GetByRole(AriaRole.Row).Filter(new() { HasText = "皖江精工" })).ToContainTextAsync(CreditCodes.Valid(22));
        await admin.GetByRole(AriaRole.Link, new() { Name = "皖江精工" }).ClickAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "驳回" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Alert)).ToContainTextAsync("请填写驳回的理由");
        await admin.GetByLabel("驳回理由").FillAsync("单位全称应与营业执照一致：皖江精工股份有限公司");
        await admin.GetByRole(AriaRole.Button, new() { Name = "驳回" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Status).First).ToContainTextAsync("已驳回");

        await applicant.GotoAsync($"/t/{tenant}/organisation");
        await Assertions.Expect(applicant.Locator(".status-panel")).ToContainTextAsync("单位全称应与营业执照一致");
        await BrowserFixture.KeepScreenshotAsync(applicant, "organisation-rejected");
        await applicant.GetByLabel("单位全称").FillAsync("皖江精工股份有限公司");
        await applicant.GetByRole(AriaRole.Button, new() { Name = "修改并重新提交审核" }).ClickAsync();
        await Assertions.Expect(applicant.GetByRole(AriaRole.Status).First).ToContainTextAsync("重新提交审核");
        await Assertions.Expect(applicant.Locator(".status-panel")).ToContainTextAsync("待审核");

        await admin.GotoAsync($"/t/{tenant}/admin/organisations?status=pending");
        await admin.GetByRole(AriaRole.Link, new() { Name = "皖江精工股份有限公司" }).ClickAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "审核通过" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Status).First).ToContainTextAsync("已审核通过");
        await admin.GetByRole(AriaRole.Link, new() { Name = "变更记录" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Row).Filter(new() { HasText = "审核未通过" })).ToContainTextAsync("单位全称应与营业执照一致");

        await applicant.ReloadAsync();
        await Assertions.Expect(applicant.Locator(".status-panel")).ToContainTextAsync("已认证");
    }

    [Fact]
    public async Task OrganisationAdmin_InvitesAColleague_ByMail_WhoJoins()
    {
        var portal = await fixture.Host.CreatePortalAsync();
        var tenant = portal.Tenant;
        var admin = await SignedUpEnterpriseAsync(tenant, "wu-jing", "吴静", "皖江精工股份有限公司", 23);

        var address = $"li-hua-{tenant}@example.com";
        await admin.GetByLabel("同事的电子邮箱（选填）").FillAsync(address);
        await admin.GetByRole(AriaRole.Button, new() { Name = "生成邀请链接" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Status).First).ToContainTextAsync($"并发送到 {address}");
        await BrowserFixture.KeepScreenshotAsync(admin, "invitation-issued");
        var mail = await fixture.Mail.WaitForAsync(address);
        var link = LinkIn(mail.TextBody, "/invitations/");

        var colleague = await fixture.NewPageAsync();
        await colleague.GotoAsync(link);
        await Assertions.Expect(colleague.Locator("main")).ToContainTextAsync("您受邀加入“皖江精工股份有限公司”");
        await FillPersonAsync(colleague, "li-hua", "李华");
        await colleague.GetByRole(AriaRole.Button, new() { Name = "创建账号并加入" }).ClickAsync();
        await Assertions.Expect(colleague.GetByRole(AriaRole.Status).First).ToContainTextAsync("欢迎加入");
        await Assertions.Expect(colleague.GetByRole(AriaRole.Row).Filter(new() { HasText = "li-hua" })).ToContainTextAsync("成员");

        var stranger = await fixture.NewPageAsync();
        await stranger.GotoAsync(link);
        await Assertions.Expect(stranger.GetByRole(AriaRole.Alert)).ToContainTextAsync("已经用过");
        await admin.GotoAsync($"/t/{tenant}/organisation");
        await Assertions.Expect(admin.GetByRole(AriaRole.Row).Filter(new() { HasText = address })).ToContainTextAsync("已由 li-hua 使用");
    }

    [Fact]
    public async Task ForgottenPassword_IsResetByTheMailedLink_Once()
    {
        var portal = await fixture.Host.CreatePortalAsync();
        var tenant = portal.Tenant;
        var page = await SignedUpEnterpriseAsync(tenant, "zhou-ming", "周明", "皖江精工股份有限公司", 24);

        var forgetful = await fixture.NewPageAsync();
        await forgetful.GotoAsync($"/t/{tenant}/login");
        await forgetful.GetByRole(AriaRole.Link, new() { Name = "忘记密码？" }).ClickAsync();
        await forgetful.GetByLabel("登录名").FillAsync("zhou-ming");
        await forgetful.GetByRole(AriaRole.Button, new() { Name = "发送重置链接" }).ClickAsync();
        await Assertions.Expect(forgetful.GetByRole(AriaRole.Status)).ToContainTextAsync("如果这个登录名存在并登记了电子邮箱");
        var mail = await fixture.Mail.WaitForAsync(MailOf("zhou-ming", tenant));
        var link = LinkIn(mail.TextBody, "/reset-password/");

        await forgetful.GotoAsync(link);
        await forgetful.GetByLabel("新密码").FillAsync("short");
        await forgetful.GetByRole(AriaRole.Button, new() { Name = "设置新密码" }).ClickAsync();
        await Assertions.Expect(forgetful.GetByRole(AriaRole.Alert)).ToContainTextAsync("至少需要");
        await forgetful.GetByLabel("新密码").FillAsync("a-fresh-password-2");
        await forgetful.GetByRole(AriaRole.Button, new() { Name = "设置新密码" }).ClickAsync();
        await Assertions.Expect(forgetful.GetByRole(AriaRole.Status)).ToContainTextAsync("新密码已设置");

        await page.ReloadAsync();
        await Assertions.Expect(page.Locator(".user-menu")).ToContainTextAsync("登录");
        var other = await fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(other, tenant, "zhou-ming", "a-fresh-password-2");
        await Assertions.Expect(other.Locator(".user-menu")).ToContainTextAsync("周明");
        await other.GotoAsync(link);
        await other.GetByLabel("新密码").FillAsync("yet-another-password");
        await other.GetByRole(AriaRole.Button, new() { Name = "设置新密码" }).ClickAsync();
        await Assertions.Expect(other.GetByRole(AriaRole.Alert)).ToContainTextAsync("已经用过");
        Assert.Contains("zhou-ming", mail.TextBody);
    }

    [Fact]
    public async Task PortalSettings_KeepEachSwitchAsSent_AndClosingSignUp_TakesTheFormAway()
    {
        var portal = await fixture.Host.CreatePortalAsync();
        var tenant = portal.Tenant;
        var admin = await fixture.SignedInPageAsync(tenant, TestPortal.Admin);
        await admin.GotoAsync($"/t/{tenant}/admin/settings");
        await admin.GetByLabel("企业可以自行发榜").UncheckAsync();
        await admin.GetByLabel("供应商单位通过审核后，其供应商资料立即入库（否则由策展人入库）").CheckAsync();
        await admin.GetByLabel("关闭：所有账号由门户管理员开设").CheckAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "保存设置" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("门户设置已保存");

        await Assertions.Expect(admin.GetByLabel("企业可以自行发榜")).Not.ToBeCheckedAsync();
        await Assertions.Expect(admin.GetByLabel("开放供应商揭榜")).ToBeCheckedAsync();
        await Assertions.Expect(admin.GetByLabel("供应商单位通过审核后，其供应商资料立即入库（否则由策展人入库）")).ToBeCheckedAsync();
        var visitor = await fixture.NewPageAsync();
        await visitor.GotoAsync($"/t/{tenant}/signup");
        await Assertions.Expect(visitor.GetByRole(AriaRole.Status)).ToContainTextAsync("没有开放注册");
        await Assertions.Expect(visitor.GetByRole(AriaRole.Button, new() { Name = "注册" })).ToHaveCountAsync(0);
        await Assertions.Expect(visitor.Locator(".user-menu")).Not.ToContainTextAsync("注册");
    }

    /// <summary>A page of a person who signed an enterprise up through the form, landed on “我的单位”.</summary>
    private async Task<IPage> SignedUpEnterpriseAsync(Showcase.Tenancy.TenantId tenant, string login, string name, string organisation, int serial)
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync($"/t/{tenant}/signup");
        await FillPersonAsync(page, login, name);
        await FillOrganisationAsync(page, organisation, CreditCodes.Valid(serial));
        await page.GetByRole(AriaRole.Button, new() { Name = "注册" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("注册成功");
        return page;
    }

    private static string MailOf(string login, Showcase.Tenancy.TenantId tenant) => $"{login}-{tenant}@example.com";

    private static async Task FillPersonAsync(IPage page, string login, string name)
    {
        await page.GetByLabel("登录名").FillAsync(login);
        await page.GetByLabel("姓名").FillAsync(name);
        await page.GetByLabel("手机号码").FillAsync("13912345678");
        var tenant = TenantInPath().Match(page.Url).Groups[1].Value;
        await page.GetByLabel("电子邮箱", new() { Exact = true }).FillAsync($"{login}-{tenant}@example.com");
        await page.GetByLabel("密码", new() { Exact = true }).FillAsync("sign-up-password-1");
    }

    private static async Task FillOrganisationAsync(IPage page, string name, string creditCode)
    {
        await page.GetByLabel("单位全称").FillAsync(name);
        await page.GetByLabel("统一社会信用代码", new() { Exact = true }).FillAsync(creditCode);
        await page.GetByLabel("所在省份").SelectOptionAsync("34");
        await page.GetByLabel("所在城市").SelectOptionAsync("3401");
        await page.GetByLabel("通讯地址").FillAsync("合肥市高新区望江西路 1 号");
        await page.GetByLabel("联系人").FillAsync("吴静");
        await page.GetByLabel("联系电话").FillAsync("0551-66668888");
        await page.GetByLabel("单位简介").FillAsync("汽车零部件精密铸造。");
    }

    private static string LinkIn(string? text, string path) => Regex.Match(text ?? "", $@"https?://\S+{Regex.Escape(path)}\S+").Value;

    [GeneratedRegex("/t/([^/]+)/")]
    private static partial Regex TenantInPath();
}
