using Lucene.Net.Index;
using Microsoft.Extensions.DependencyInjection;
using Showcase.Audit;
using Showcase.Catalog.Search;
using Showcase.Listings;
using Showcase.Tenancy;
using Showcase.Testing;
using FSDirectory = Lucene.Net.Store.FSDirectory;

namespace Showcase.Silo.Tests.Search;

/// <summary>
/// Changes the index never saw — the process died between writing state and indexing, stood in for by a host that
/// does not index live — are in the index right after the next start.
/// </summary>
public sealed class SearchConvergenceTests
{
    private static readonly Actor Curator = new("curator", "策展人");

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ChangesMissedByTheIndex_AreAppliedAtTheNextStart()
    {
        var dataPath = TestFolders.NewDataFolder();
        TenantId tenant;
        await using (var first = new ShowcaseHost(dataPath))
        {
            tenant = (await first.CreatePortalAsync()).Tenant;
            var seed = new CatalogSeed(first.Grains, tenant);
            await seed.CaseAsync("kept", CatalogSeed.Case("高炉鼓风机预测性维护"));
            await seed.CaseAsync("withdrawn", CatalogSeed.Case("热轧产线预测性维护"));
            Assert.Equal(["kept", "withdrawn"], (await UntilAsync(first, tenant, ["kept", "withdrawn"])).Order());
        }

        await using (var blind = new ShowcaseHost(dataPath, settings: new Dictionary<string, string?> { ["Showcase:Search:LiveUpdates"] = "false" }))
        {
            var seed = new CatalogSeed(blind.Grains, tenant);
            await blind.Grains.GetCase(seed.Key("withdrawn")).WithdrawAsync("数据有误", Curator);
            await seed.CaseAsync("added", CatalogSeed.Case("空压机预测性维护"));
            await Task.Delay(300, Cancel);
            Assert.Equal(["kept", "withdrawn"], (await IdsAsync(blind, tenant)).Order());
        }

        await using var next = new ShowcaseHost(dataPath);
        Assert.Equal(["added", "kept"], (await UntilAsync(next, tenant, ["kept", "added"])).Order());
    }

    [Fact]
    public async Task AnIndexFromAnEarlierAnalysis_StartsOverAndIsRefilledAtStart_FindingTraditionalTextBySimplifiedWords()
    {
        var dataPath = TestFolders.NewDataFolder();
        TenantId tenant;
        await using (var first = new ShowcaseHost(dataPath))
        {
            tenant = (await first.CreatePortalAsync()).Tenant;
            await new CatalogSeed(first.Grains, tenant).CaseAsync("trad", CatalogSeed.Case("高爐鼓風機預測性維護"));

            // A document no catalog entry backs: only an index started over (and refilled from the grains) loses it.
            await first.Services.GetRequiredService<ISearchIndex>().IndexAsync(
                [new SearchDocument(tenant.Value, "case", "stale", 1, "空压机预测性维护", null, "", new Dictionary<string, IReadOnlyList<string>>(), DateTimeOffset.UtcNow)],
                Cancel);
            Assert.Equal(["stale", "trad"], (await UntilAsync(first, tenant, ["stale", "trad"])).Order());
        }

        // As the index was before traditional characters were folded: its last commit names no analysis revision.
        var generation = Assert.Single(Directory.GetDirectories(Path.Combine(dataPath, "search")));
        using (var directory = FSDirectory.Open(generation))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(ChineseAnalyzers.Version, ChineseAnalyzers.Index())))
        {
            writer.SetCommitData(new Dictionary<string, string>());
            writer.Commit();
        }

        await using var next = new ShowcaseHost(dataPath);
        Assert.Equal(["trad"], await UntilAsync(next, tenant, ["trad"]));
    }

    /// <summary>The ids found, once they are the expected ones or after a minute.</summary>
    private static Task<HashSet<string>> UntilAsync(ShowcaseHost host, TenantId tenant, string[] expected) =>
        Eventually.ReadAsync(() => IdsAsync(host, tenant), ids => ids.SetEquals(expected), Cancel);

    private static async Task<HashSet<string>> IdsAsync(ShowcaseHost host, TenantId tenant) =>
        (await host.Services.GetRequiredService<ISearchIndex>().SearchAsync(new SearchRequest(tenant.Value, "预测性维护"), Cancel))
            .Hits.Select(h => h.Id).ToHashSet();
}
