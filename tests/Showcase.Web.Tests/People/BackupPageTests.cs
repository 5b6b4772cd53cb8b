using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Playwright;
using Showcase.Silo.Backups;
using Showcase.Tenancy;
using Showcase.Testing;
using Showcase.Web.Tests.Browser;

namespace Showcase.Web.Tests.People;

/// <summary>The platform admin's backup page: the same file as <c>backup --to</c>, downloaded, and who took which.</summary>
public sealed class BackupPageTests(BrowserFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PlatformAdmin_DownloadsABackupWithoutKeys_ThatRestores_AndSeesWhoTookIt()
    {
        var page = await fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(page, TenantId.Platform, "admin", ShowcaseHost.PlatformAdminPassword);
        await page.GotoAsync($"/t/{TenantId.Platform}/admin/backups");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("数据备份");

        await page.GetByLabel("不包含数据保护密钥").CheckAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "下载备份" }).ClickAsync());

        Assert.Matches(@"^showcase-backup-\d{8}-\d{6}-without-keys\.zip$", download.SuggestedFilename);
        var file = (await download.PathAsync())!;
        using (var zip = ZipFile.OpenRead(file))
        {
            Assert.Contains(zip.Entries, e => e.FullName == DataBackup.DatabaseEntry);
            Assert.DoesNotContain(zip.Entries, e => e.FullName.StartsWith(DataBackup.KeysFolder + "/", StringComparison.Ordinal));
            using var manifest = JsonDocument.Parse(zip.GetEntry(BackupManifest.FileName)!.Open());
            Assert.False(manifest.RootElement.GetProperty("keysIncluded").GetBoolean());
        }

        var restored = Path.Combine(TestFolders.NewDataFolder(), "data");
        var manifestRestored = await DataRestore.RunAsync(file, restored, Path.Combine(restored, "keys"), Cancel);
        Assert.Contains(manifestRestored.Entries, e => e.Path == DataBackup.DatabaseEntry);
        // The working copy is deleted once sent.
        await Eventually.TrueAsync(() => Task.FromResult(Directory.GetFiles(Path.Combine(fixture.Host.DataPath, "backups")).Length == 0), Cancel);

        await page.ReloadAsync();
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = download.SuggestedFilename });
        await Assertions.Expect(row).ToContainTextAsync("平台管理员");
        await Assertions.Expect(row).ToContainTextAsync("不包含");
        await BrowserFixture.KeepScreenshotAsync(page, "backup-page");
    }

    [Fact]
    public async Task APortalAdmin_IsShownTheWayToThePlatform_AndRefusedTheDownload_AsIsAPostFromAnotherSite()
    {
        var portal = await fixture.Host.CreatePortalAsync();
        var page = await fixture.SignedInPageAsync(portal.Tenant, TestPortal.Admin);
        await page.GotoAsync($"/t/{portal.Tenant}/admin/backups");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("只对平台管理员开放");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "下载备份" })).ToHaveCountAsync(0);

        using var http = fixture.Host.CreateClient();
        using var byPortalAdmin = new HttpRequestMessage(HttpMethod.Post, $"/t/{portal.Tenant}/backups");
        byPortalAdmin.Headers.Authorization = new AuthenticationHeaderValue("Bearer", portal.TokenOf(TestPortal.Admin));
        using var refused = await http.SendAsync(byPortalAdmin, Cancel);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        using var fromElsewhere = await http.PostAsync($"/t/{TenantId.Platform}/backups", new FormUrlEncodedContent([]), Cancel);
        Assert.Equal(HttpStatusCode.Forbidden, fromElsewhere.StatusCode);
        Assert.Contains("数据备份", await fromElsewhere.Content.ReadAsStringAsync(Cancel));
    }

    [Fact]
    public async Task AScript_WithAPlatformAdminsToken_DownloadsABackupWithKeys()
    {
        using var http = fixture.Host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/t/{TenantId.Platform}/backups");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await fixture.Host.PlatformAdminTokenAsync());
        using var response = await http.SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync(Cancel));
        Assert.Contains(zip.Entries, e => e.FullName.StartsWith(DataBackup.KeysFolder + "/", StringComparison.Ordinal));
        using var manifest = JsonDocument.Parse(zip.GetEntry(BackupManifest.FileName)!.Open());
        Assert.True(manifest.RootElement.GetProperty("keysIncluded").GetBoolean());
    }
}
