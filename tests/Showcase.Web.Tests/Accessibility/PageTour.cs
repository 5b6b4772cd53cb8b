using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Showcase.Audit;
using Showcase.Collections;
using Showcase.Common;
using Showcase.Listings;
using Showcase.Tenancy;

namespace Showcase.Web.Tests.Accessibility;

/// <summary>
/// Every kind of page of the demo portal, as each role reaches it: lists, details (the first item each list links to),
/// forms empty and refused, and the administration pages. Details are found by following the lists, so the tour
/// follows the demo content wherever it moves.
/// </summary>
public sealed partial class PageTour(DemoPortalFixture portal)
{
    private const string T = $"/t/{DemoPortalFixture.Tenant}";

    public static readonly string[] Roles = ["anonymous", "curator", "admin", "enterprise", "provider", "recommender", "platform-admin"];

    /// <summary>
    /// Signs in as <paramref name="role"/> (unless anonymous) and visits each of its pages, doing there what the stop
    /// asks, then <paramref name="check"/>.
    /// </summary>
    public async Task WalkAsync(IPage page, string role, Func<TourStop, Task> check)
    {
        if (role != "anonymous")
        {
            await DemoPortalFixture.SignInAsync(page, role);
        }

        foreach (var stop in await StopsAsync(page, role))
        {
            await page.GotoAsync(stop.Path);
            if (stop.Then is not null)
            {
                await stop.Then(page);
            }

            await check(stop);
        }
    }

    /// <summary>The pages <paramref name="role"/> visits, each with what to do there before checking it.</summary>
    private async Task<IReadOnlyList<TourStop>> StopsAsync(IPage page, string role)
    {
        var collection = await PublishedCollectionAsync();
        return role switch
        {
            "anonymous" =>
            [
                new("首页", $"{T}/"),
                new("搜索", $"{T}/search?q=焊接"),
                new("搜索（已筛选）", $"{T}/search?q=质量&industry=automotive"),
                new("搜索（无结果）", $"{T}/search?q=不存在的词语组合"),
                new("案例列表", $"{T}/cases"),
                new("案例", await FirstAsync(page, "cases")),
                new("场景列表", $"{T}/scenarios"),
                new("场景", await FirstAsync(page, "scenarios")),
                new("示范工厂列表", $"{T}/factories"),
                new("示范工厂", await FirstAsync(page, "factories")),
                new("先行区列表", $"{T}/pilot-zones"),
                new("先行区", await FirstAsync(page, "pilot-zones")),
                new("供应商列表", $"{T}/providers"),
                new("供应商", await FirstAsync(page, "providers")),
                new("分布地图", $"{T}/map"),
                new("分布地图（案例）", $"{T}/map?color=cases"),
                new("数据统计", $"{T}/statistics"),
                new("揭榜挂帅", $"{T}/challenges"),
                new("榜单", await FirstAsync(page, "challenges")),
                new("案例集列表", $"{T}/collections"),
                new("案例集", $"{T}/collections/{collection}"),
                new("案例集打印", $"{T}/collections/{collection}/print"),
                new("试点示范申报", $"{T}/programs"),
                new("申报通知", await FirstAsync(page, "programs")),
                new("登录", $"{T}/login"),
                new("登录（被拒）", $"{T}/login", p => SubmitAsync(p, "登录")),
                new("注册", $"{T}/signup"),
                new("注册（被拒）", $"{T}/signup", p => SubmitAsync(p, "注册")),
                new("找回密码", $"{T}/forgot-password"),
                new("系统对接", $"{T}/integration"),
                new("找不到", $"{T}/cases/no-such-case"),
            ],
            "curator" =>
            [
                new("首页（已登录）", $"{T}/"),
                new("新建案例", $"{T}/cases/new"),
                new("新建案例（被拒）", $"{T}/cases/new", p => SubmitAsync(p, "保存草稿")),
                new("编辑案例", await FirstAsync(page, "cases") + "/edit"),
                new("案例历史", await AuditPathAsync(page)),
                new("新建场景", $"{T}/scenarios/new"),
                new("新建示范工厂", $"{T}/factories/new"),
                new("新建先行区", $"{T}/pilot-zones/new"),
                new("新建供应商", $"{T}/providers/new"),
                new("发布榜单", $"{T}/challenges/new"),
                new("发布榜单（被拒）", $"{T}/challenges/new", p => SubmitAsync(p, "保存草稿")),
                new("榜单评审", await FirstAsync(page, "challenges") + "/review"),
                new("新建案例集", $"{T}/collections/new"),
                new("编辑案例集", $"{T}/collections/{collection}/edit"),
                new("申报通知（组织方）", await FirstAsync(page, "programs")),
                new("导入", $"{T}/imports"),
                new("数据统计（组织方）", $"{T}/statistics"),
                new("搜索设置", $"{T}/search/settings"),
                new("通知", $"{T}/notifications"),
                new("账户", $"{T}/account"),
            ],
            "admin" =>
            [
                new("成员", $"{T}/admin/members"),
                new("添加成员", $"{T}/admin/members/new"),
                new("单位审核", $"{T}/admin/organisations"),
                new("添加单位", $"{T}/admin/organisations/new"),
                new("门户设置", $"{T}/admin/settings"),
            ],
            "enterprise" =>
            [
                new("我的单位", $"{T}/organisation"),
                new("发布榜单（企业）", $"{T}/challenges/new"),
                new("新建案例（企业）", $"{T}/cases/new"),
            ],
            "provider" =>
            [
                new("榜单（揭榜）", await FirstAsync(page, "challenges")),
                new("我的揭榜", $"{T}/my-bids"),
                new("我的单位（供应商）", $"{T}/organisation"),
                new("申报书", await FirstAsync(page, "programs") + "/application"),
            ],
            "recommender" =>
            [
                new("申报通知（推荐单位）", await FirstAsync(page, "programs")),
            ],
            "platform-admin" =>
            [
                new("门户列表", "/t/platform/admin/portals"),
                new("删除门户", "/t/platform/admin/portals/demo/delete"),
                new("数据备份", "/t/platform/admin/backups"),
            ],
            _ => throw new ArgumentOutOfRangeException(nameof(role)),
        };
    }

    /// <summary>The first item the list at <c>/{kind}</c> links to.</summary>
    private static async Task<string> FirstAsync(IPage page, string kind)
    {
        await page.GotoAsync($"{T}/{kind}");
        foreach (var href in await page.Locator("main a[href]").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"))
        {
            var path = href.Split('?')[0];
            if (DetailPath().Match(path) is { Success: true } match && match.Groups["kind"].Value == kind && match.Groups["id"].Value != "new")
            {
                return path;
            }
        }

        throw new InvalidOperationException($"The demo portal's {kind} list links to no item.");
    }

    private static async Task<string> AuditPathAsync(IPage page)
    {
        var id = (await FirstAsync(page, "cases")).Split('/')[^1];
        return $"{T}/audit/case/{id}";
    }

    private static async Task SubmitAsync(IPage page, string button)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).First.ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }

    /// <summary>The demo has no collection: one is made and published once, from the first published case.</summary>
    private async Task<string> PublishedCollectionAsync()
    {
        var tenant = TenantId.Parse(DemoPortalFixture.Tenant);
        var id = EntityId.Parse("tour-collection");
        var grain = portal.Host.Grains.GetCollection(new CollectionKey(tenant, id));
        if (await grain.GetAsync() is null)
        {
            var first = (await portal.Host.Grains.GetCatalogDirectory(tenant, CatalogKind.Case).ListAsync(new CatalogQuery { Take = 1 })).Items[0].Id;
            var published = (await portal.Host.Grains.GetCase(new CatalogKey(tenant, first)).GetAsync())!.Published!;
            var created = await grain.CreateAsync(
                new CollectionContent(
                    new CollectionDetails { Title = "2026 年智能制造优秀场景案例集", EventName = "世界智能制造大会", Introduction = "收录可复制、可推广的典型场景。" },
                    [new CollectionSection("质量管控", [new CollectionItem(first, published.Number, published.Content.Title!, "现场可参观。")])]),
                null, Owner.Nobody, new Actor("curator", "策展人"));
            await grain.PublishAsync(created.Version, new Actor("curator", "策展人"));
        }

        return id.Value;
    }

    [GeneratedRegex(@"^/t/[^/]+/(?<kind>[a-z-]+)/(?<id>[^/]+)$")]
    private static partial Regex DetailPath();
}

/// <summary>One page of the tour: its name, its address, and what to do there first (submit a form empty, say).</summary>
public sealed record TourStop(string Name, string Path, Func<IPage, Task>? Then = null);
