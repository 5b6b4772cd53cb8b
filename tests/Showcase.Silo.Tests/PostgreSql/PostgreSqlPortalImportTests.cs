using Microsoft.Extensions.DependencyInjection;
using Showcase.Api.Files;
using Showcase.Api.Tenancy;
using Showcase.Catalog.Search;
using Showcase.Common;
using Showcase.Listings;
using Showcase.Silo.Storage;
using Showcase.Tenancy;
using Showcase.Testing;

namespace Showcase.Silo.Tests.PostgreSql;

/// <summary>A portal exported from an embedded installation and imported into a PostgreSQL cluster's host.</summary>
public sealed class PostgreSqlPortalImportTests(PostgresFixture postgres)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task APortalFromAnEmbeddedInstallation_ImportsIntoACluster_ServedFoundAndKeptOnce()
    {
        using var archive = new MemoryStream();
        TenantId tenant;
        await using (var embedded = new ShowcaseHost())
        {
            tenant = (await embedded.CreatePortalAsync("安徽省智能工厂联盟")).Tenant;
            await new CatalogSeed(embedded.Grains, tenant).CaseAsync("blower", CatalogSeed.Case("高炉鼓风机预测性维护", "ferrous-metals", "maintenance"));
            await embedded.Services.GetRequiredService<IFileStore>().SaveAsync(tenant, EntityId.Parse("photo"), new StoredFile("image/jpeg", [1, 2, 3], "case/blower"), Cancel);
            var export = await embedded.Services.GetRequiredService<IPortalArchives>().ExportAsync(tenant, Cancel);
            await using (export.Content)
            {
                await export.Content.CopyToAsync(archive, Cancel);
            }
        }

        var database = await postgres.CreateDatabaseAsync();
        await PostgreSqlSchema.ApplyAsync(database, Cancel);
        await using var cluster = new ShowcaseHost(settings: new Dictionary<string, string?>
        {
            ["Showcase:Storage"] = "PostgreSQL",
            ["Showcase:Clustering"] = "PostgreSQL",
            ["Showcase:PostgreSQL"] = database,
            ["Showcase:AdvertisedHost"] = "127.0.0.1",
        });
        var archives = cluster.Services.GetRequiredService<IPortalArchives>();
        var imported = await archives.ImportAsync(new MemoryStream(archive.ToArray()), Cancel);
        var again = await archives.ImportAsync(new MemoryStream(archive.ToArray()), Cancel);

        Assert.True(imported.StatesWritten > 0);
        Assert.Equal((0, imported.StatesWritten, 1), (again.StatesWritten, again.StatesKept, again.FilesKept));
        Assert.Equal("高炉鼓风机预测性维护", (await cluster.Grains.GetCase(new CatalogKey(tenant, EntityId.Parse("blower"))).GetAsync())?.Content.Title);
        Assert.Equal([1, 2, 3], (await cluster.Services.GetRequiredService<IFileStore>().ReadAsync(tenant, EntityId.Parse("photo"), Cancel))?.Content);
        var found = await Eventually.ReadAsync(
            async () => (await cluster.Services.GetRequiredService<ISearchIndex>().SearchAsync(new SearchRequest(tenant.Value, "鼓风机"), Cancel)).Hits.Select(h => h.Id).ToArray(),
            ids => ids.Length > 0, Cancel);
        Assert.Equal(["blower"], found);
    }
}
