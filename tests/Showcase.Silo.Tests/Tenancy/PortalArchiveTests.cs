using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Showcase.Api.Files;
using Showcase.Api.Tenancy;
using Showcase.Catalog.Search;
using Showcase.Common;
using Showcase.Listings;
using Showcase.People;
using Showcase.Silo.Tenancy.PortalData;
using Showcase.Tenancy;
using Showcase.Testing;

namespace Showcase.Silo.Tests.Tenancy;

/// <summary>
/// A seeded portal exported from one installation and imported into another: every state row arrives equal (secrets
/// aside), the catalog is served and found by search, the files are there, importing again writes nothing, and a
/// damaged archive or a taken id is refused with nothing written.
/// </summary>
public sealed class PortalArchiveTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnExportedPortal_ImportsIntoAnotherInstallation_RowForRow_WithoutSecrets_AndAgainWritesNothing()
    {
        byte[] archive;
        byte[] photo = [.. Enumerable.Range(0, 5000).Select(i => (byte)i)];
        TestPortal portal;
        IReadOnlyList<PortalRow> exported;
        string passwordHash;
        await using (var source = new ShowcaseHost())
        {
            portal = await source.CreatePortalAsync("江苏省智能制造联盟");
            var seed = new CatalogSeed(source.Grains, portal.Tenant);
            await seed.CaseAsync("weld", CatalogSeed.Case("焊点质量在线检测"));
            await seed.CaseAsync("blower", CatalogSeed.Case("高炉鼓风机预测性维护", "ferrous-metals", "maintenance"));
            await seed.CaseAsync("draft", CatalogSeed.Case("尚未发布的草稿"), publish: false);
            await source.Services.GetRequiredService<IFileStore>().SaveAsync(portal.Tenant, EntityId.Parse("photo"), new StoredFile("image/jpeg", photo, "case/weld", "车间.jpg", "admin"), Cancel);
            var store = source.Services.GetRequiredService<IPortalStore>();
            // The directory writes its entries' rows, and clears the ids it marked pending, a moment after a change; the
            // comparison starts from a portal at rest (a directory activated elsewhere settles its pending ids at once).
            exported = await Eventually.ReadAsync(
                async () => await store.ReadAsync(portal.Tenant, Cancel).ToListAsync(Cancel), AtRest, Cancel);
            passwordHash = JsonNode.Parse(exported.First(r => r.State == "account").Payload)!["PasswordHash"]!.GetValue<string>();
            var export = await source.Services.GetRequiredService<IPortalArchives>().ExportAsync(portal.Tenant, Cancel);
            await using (export.Content)
            {
                using var copy = new MemoryStream();
                await export.Content.CopyToAsync(copy, Cancel);
                archive = copy.ToArray();
            }

            Assert.Matches($"^portal-{portal.Tenant}-\\d{{8}}-\\d{{6}}\\.zip$", export.FileName);
        }

        Assert.NotEmpty(passwordHash);
        Assert.DoesNotContain(passwordHash, EveryEntryText(archive));

        await using var target = new ShowcaseHost();
        var archives = target.Services.GetRequiredService<IPortalArchives>();
        var imported = await archives.ImportAsync(new MemoryStream(archive), Cancel);

        Assert.Equal((portal.Tenant, "江苏省智能制造联盟", exported.Count, 0, 1, 0),
            (imported.Tenant, imported.Name, imported.StatesWritten, imported.StatesKept, imported.FilesWritten, imported.FilesKept));
        var rows = await target.Services.GetRequiredService<IPortalStore>().ReadAsync(portal.Tenant, Cancel).ToListAsync(Cancel);
        Assert.Equal(exported.Select(r => (r.State, r.Key)), rows.Select(r => (r.State, r.Key)));
        Assert.All(exported.Zip(rows), pair => Assert.True(
            JsonNode.DeepEquals(PortalSecrets.Remove(pair.First.State, JsonNode.Parse(pair.First.Payload)!), JsonNode.Parse(pair.Second.Payload)),
            $"{pair.First.State} {pair.First.Key} differs after the import"));

        Assert.Contains(await target.Grains.GetTenantRegistry().ListAsync(), t => t.Id == portal.Tenant && t.Profile.Name == "江苏省智能制造联盟");
        var weld = await target.Grains.GetCase(new CatalogKey(portal.Tenant, EntityId.Parse("weld"))).GetAsync();
        Assert.Equal("焊点质量在线检测", weld?.Content.Title);
        Assert.NotNull(weld?.Published);
        Assert.NotEmpty(await target.Grains.GetCase(new CatalogKey(portal.Tenant, EntityId.Parse("weld"))).GetHistoryAsync());
        var found = await Eventually.ReadAsync(
            async () => (await target.Services.GetRequiredService<ISearchIndex>().SearchAsync(new SearchRequest(portal.Tenant.Value, "鼓风机"), Cancel)).Hits.Select(h => h.Id).ToArray(),
            ids => ids.Length > 0, Cancel);
        Assert.Equal(["blower"], found);
        Assert.Equal(photo, (await target.Services.GetRequiredService<IFileStore>().ReadAsync(portal.Tenant, EntityId.Parse("photo"), Cancel))?.Content);
        Assert.Equal("", (await target.Grains.GetAccount(new AccountKey(portal.Tenant, EntityId.Parse(TestPortal.Admin))).GetSignInStateAsync())?.PasswordHash);
        using var http = target.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"/t/{portal.Tenant}/cases/weld", Cancel)).StatusCode);
        Assert.NotEqual(TestPortal.Admin, await target.LoginOfAsync(portal.Tenant, portal.TokenOf(TestPortal.Admin)));

        var again = await archives.ImportAsync(new MemoryStream(archive), Cancel);
        Assert.Equal((0, exported.Count, 0, 1), (again.StatesWritten, again.StatesKept, again.FilesWritten, again.FilesKept));
    }

    [Fact]
    public async Task ADamagedArchive_OrOneForATakenId_IsRefused_AndWritesNothing()
    {
        byte[] archive;
        TenantId tenant;
        await using (var source = new ShowcaseHost())
        {
            tenant = (await source.CreatePortalAsync("原门户")).Tenant;
            await new CatalogSeed(source.Grains, tenant).CaseAsync("weld", CatalogSeed.Case("焊点质量在线检测"));
            var export = await source.Services.GetRequiredService<IPortalArchives>().ExportAsync(tenant, Cancel);
            using var copy = new MemoryStream();
            await using (export.Content)
            {
                await export.Content.CopyToAsync(copy, Cancel);
            }

            archive = copy.ToArray();
        }

        await using var target = new ShowcaseHost();
        var archives = target.Services.GetRequiredService<IPortalArchives>();
        var store = target.Services.GetRequiredService<IPortalStore>();
        var cut = await Assert.ThrowsAsync<DomainException>(() => archives.ImportAsync(new MemoryStream(archive[..(archive.Length / 2)]), Cancel));
        var changed = await Assert.ThrowsAsync<DomainException>(() => archives.ImportAsync(new MemoryStream(WithChangedTitle(archive)), Cancel));
        Assert.All([cut, changed], refused => Assert.Equal((ErrorCodes.InvalidValue, "file"), (refused.Code, refused.Errors[0].Field)));
        Assert.Equal(0, (await store.CountAsync(tenant, Cancel)).Total);

        await target.Grains.GetTenant(tenant).CreateAsync(new TenantProfile("另一个同名标识的门户", "已存在"), Showcase.Audit.Actor.System);
        var taken = await Assert.ThrowsAsync<DomainException>(() => archives.ImportAsync(new MemoryStream(archive), Cancel));
        Assert.Equal(ErrorCodes.AlreadyExists, taken.Code);
        Assert.Null(await target.Grains.GetCase(new CatalogKey(tenant, EntityId.Parse("weld"))).GetAsync());
    }

    private static bool AtRest(IReadOnlyList<PortalRow> rows) =>
        rows.Count(r => r.State == "catalog-entry") == 3
        && rows.Where(r => r.State == "catalog-directory").All(r => JsonNode.Parse(r.Payload)!["Pending"]!.AsObject().Count == 0);

    // The same archive with one case's title changed after the manifest was written: its checksum no longer matches.
    private static byte[] WithChangedTitle(byte[] archive)
    {
        using var copy = new MemoryStream();
        copy.Write(archive);
        using (var zip = new ZipArchive(copy, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry(PortalArchiveManifest.StateEntry("case"))!;
            string text;
            using (var reader = new StreamReader(entry.Open()))
            {
                text = reader.ReadToEnd();
            }

            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(PortalArchiveManifest.StateEntry("case")).Open());
            writer.Write(text.Replace("焊点质量在线检测", "篡改后的标题"));
        }

        return copy.ToArray();
    }

    private static string EveryEntryText(byte[] archive)
    {
        using var zip = new ZipArchive(new MemoryStream(archive));
        var text = new StringBuilder();
        foreach (var entry in zip.Entries)
        {
            using var reader = new StreamReader(entry.Open());
            text.Append(reader.ReadToEnd());
        }

        return text.ToString();
    }
}
