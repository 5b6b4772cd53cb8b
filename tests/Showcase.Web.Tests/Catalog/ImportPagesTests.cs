using Microsoft.Playwright;
using Showcase.Catalog.Spreadsheets;
using Showcase.Listings;
using Showcase.Testing;
using Showcase.Web.Localization;
using Showcase.Web.Tests.Browser;

namespace Showcase.Web.Tests.Catalog;

public sealed class ImportPagesTests(BrowserFixture fixture)
{
    private static readonly string[] Header = ["工厂名称*", "企业*", "省份*", "城市", "细分行业*", "级别", "申报日期"];

    [Fact]
    public async Task CuratorUploadsFactories_SeesProgressThenTheFactories()
    {
        var (tenant, page) = await UploadFactoriesAsync("广东省");

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("导入完成：新建 2 条", new() { Timeout = 15_000 });
        await BrowserFixture.KeepScreenshotAsync(page, "import-done");
        await page.GetByRole(AriaRole.Link, new() { Name = "查看示范工厂" }).ClickAsync();
        await page.GetByLabel("状态").SelectOptionAsync(new SelectOptionValue { Label = "已申报" });
        await page.GetByRole(AriaRole.Button, new() { Name = "筛选" }).ClickAsync();
        await Assertions.Expect(page.Locator("table.list tbody tr")).ToHaveCountAsync(2);
    }

    [Fact]
    public async Task FileWithAWrongProvince_IsRefusedWithTheRowAndColumn()
    {
        var (tenant, page) = await UploadFactoriesAsync("粤省");

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("没有写入任何数据", new() { Timeout = 15_000 });
        // The cell that cannot be read, and in the same pass what the rules say of the row: its city lies in 广东省.
        var rows = page.Locator("table.import-errors tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(2);
        await Assertions.Expect(rows.Nth(0)).ToContainTextAsync("第 3 行省份“粤省”不在");
        await Assertions.Expect(rows.Nth(1)).ToContainTextAsync("第 3 行城市佛山市不在未选择的省份，请先选择它所在的省份（广东省）");
        await page.GotoAsync($"/t/{tenant}/factories?status=declared");
        await Assertions.Expect(page.Locator(".empty")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task AnEnglishCurator_FollowsTheImport_AndReadsItsProblemsInEnglish_UnderTheColumnsTheFileNames()
    {
        var (_, page) = await UploadFactoriesAsync("粤省", Languages.English);

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("The file has problems to fix, and nothing was written.", new() { Timeout = 15_000 });
        var rows = page.Locator("table.import-errors tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(2);
        await Assertions.Expect(rows.Nth(0)).ToContainTextAsync("Row 3省份“粤省” is not in the list of Provinces: use a name from the list.");
        await Assertions.Expect(rows.Nth(1)).ToContainTextAsync("Row 3城市佛山市 needs its province: choose 广东省 first.");
        await Assertions.Expect(page.Locator("table.import-errors thead")).ToHaveTextAsync("RowColumnProblem");
        await BrowserFixture.KeepScreenshotAsync(page, "import-in-english");
    }

    [Fact]
    public async Task EnterpriseMember_CannotImport()
    {
        var tenant = (await fixture.Host.CreatePortalAsync()).Tenant;
        var page = await fixture.SignedInPageAsync(tenant, TestPortal.Enterprise);

        await page.GotoAsync($"/t/{tenant}/imports");

        await Assertions.Expect(page.Locator(".empty")).ToContainTextAsync("只有策展人和门户管理员可以批量导入");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "开始导入" })).ToHaveCountAsync(0);
    }

    /// <summary>A curator uploads two factories, the second in <paramref name="secondProvince"/>.</summary>
    private async Task<(Showcase.Tenancy.TenantId Tenant, IPage Page)> UploadFactoriesAsync(string secondProvince, string language = Languages.Chinese)
    {
        var tenant = (await fixture.Host.CreatePortalAsync()).Tenant;
        var page = await fixture.SignedInPageAsync(tenant, TestPortal.Curator);
        await page.GotoAsync(Languages.SwitchPath(language, $"/t/{tenant}/imports"));
        await page.Locator("#kind").SelectOptionAsync(nameof(CatalogKind.Factory));
        await page.Locator("#file").SetInputFilesAsync(new FilePayload
        {
            Name = "示范工厂.xlsx",
            MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Buffer = Xlsx(["轴承数字化车间", "示例轴承股份有限公司", "浙江省", "宁波市", "通用设备", "国家级", "2024-03-01"],
                          ["家电智能工厂", "示例家电有限公司", secondProvince, "佛山市", "家用电器", "省级", "2024/5/8"]),
        });
        await page.Locator("form.form button[type=submit]").ClickAsync();
        return (tenant, page);
    }

    private static byte[] Xlsx(params object?[][] rows)
    {
        using var stream = new MemoryStream();
        XlsxTable.Write(stream, [new TableSheet("示范工厂", Header, rows)]);
        return stream.ToArray();
    }
}
