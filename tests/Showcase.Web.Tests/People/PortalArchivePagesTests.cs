using System.IO.Compression;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Showcase.Api.Tenancy;
using Showcase.Silo.Tenancy.PortalData;
using Showcase.Tenancy;
using Showcase.Testing;
using Showcase.Web.Tests.Browser;

namespace Showcase.Web.Tests.People;

/// <summary>A platform admin exports a portal from the portal list and imports one made by another installation.</summary>
public sealed class PortalArchivePagesTests(BrowserFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PlatformAdmin_ImportsAnotherInstallationsPortal_OpensIt_AndExportsItAgain()
    {
        var archive = Path.Combine(TestFolders.NewDataFolder(), "portal.zip");
        TenantId tenant;
        await using (var elsewhere = new ShowcaseHost())
        {
            tenant = (await elsewhere.CreatePortalAsync("浙江省智能制造专家委员会")).Tenant;
            await new CatalogSeed(elsewhere.Grains, tenant).CaseAsync("blower", CatalogSeed.Case("高炉鼓风机预测性维护", "ferrous-metals", "maintenance"));
            var export = await elsewhere.Services.GetRequiredService<IPortalArchives>().ExportAsync(tenant, Cancel);
            await using var file = File.Create(archive);
            await using (export.Content)
            {
                await export.Content.CopyToAsync(file, Cancel);
            }
        }

        var page = await fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(page, TenantId.Platform, "admin", ShowcaseHost.PlatformAdminPassword);
        await page.GotoAsync(PortalPaths.Of(TenantId.Platform).PortalList);
        await page.GetByRole(AriaRole.Button, new() { Name = "导入" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("请选择");
        await page.GetByLabel("门户归档文件（.zip）").SetInputFilesAsync(archive);
        await page.GetByRole(AriaRole.Button, new() { Name = "导入" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync($"门户“浙江省智能制造专家委员会”（{tenant}）已导入");
        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("文件 0 个");
        await BrowserFixture.KeepScreenshotAsync(page, "portal-imported");
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "浙江省智能制造专家委员会" });
        await Assertions.Expect(row).ToBeVisibleAsync();

        var download = await page.RunAndWaitForDownloadAsync(() => row.GetByRole(AriaRole.Button, new() { Name = "导出" }).ClickAsync());
        Assert.StartsWith($"portal-{tenant}-", download.SuggestedFilename);
        using (var zip = ZipFile.OpenRead((await download.PathAsync())!))
        using (var manifest = JsonDocument.Parse(zip.GetEntry(PortalArchiveManifest.FileName)!.Open()))
        {
            Assert.Equal(tenant.Value, manifest.RootElement.GetProperty("tenant").GetString());
            Assert.Equal(1, manifest.RootElement.GetProperty("states").GetProperty("case").GetInt32());
        }

        await page.GetByRole(AriaRole.Link, new() { Name = "打开门户" }).ClickAsync();
        await page.GotoAsync($"/t/{tenant}/cases/blower");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("高炉鼓风机预测性维护");
    }
}
