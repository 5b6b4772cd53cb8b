using Showcase.Catalog.Search;
using Showcase.Challenges;
using Showcase.Common;
using Showcase.Listings;
using Showcase.Scenarios;
using Showcase.Tenancy;

namespace Showcase.Silo.Search;

/// <summary>
/// The catalog as search reads it: every item of every portal from the directories, and the documents of the public
/// ones from their grains, written into an index a batch at a time.
/// </summary>
public sealed class SearchCatalog(IGrainFactory grains)
{
    /// <summary>Items per write (one bulk request on Elasticsearch).</summary>
    public const int Batch = 200;

    private static readonly CatalogKind[] Kinds = Enum.GetValues<CatalogKind>();

    public async Task<IReadOnlyList<TenantId>> TenantsAsync() =>
        (await grains.GetTenantRegistry().ListAsync()).Select(t => t.Id).ToArray();

    /// <summary>How many items the portals hold, drafts included.</summary>
    public async Task<int> CountAsync(IReadOnlyList<TenantId> tenants)
    {
        var total = 0;
        foreach (var tenant in tenants)
        {
            foreach (var kind in Kinds)
            {
                total += (await grains.GetCatalogDirectory(tenant, kind).ListAsync(new CatalogQuery { VisibleTo = null, Take = 1 })).TotalCount;
            }

            total += (await grains.GetScenarioDirectory(tenant).ListAsync(new ScenarioListQuery(Take: 1))).TotalCount;
            total += (await grains.GetChallengeBoard(tenant).ListAsync(new ChallengeBoardQuery(Take: 1))).TotalCount;
        }

        return total;
    }

    /// <summary>Every item of a tenant, drafts included (they must be absent from the index).</summary>
    public async IAsyncEnumerable<SearchItem> ItemsAsync(TenantId tenant)
    {
        foreach (var kind in Kinds)
        {
            await foreach (var entry in grains.GetCatalogDirectory(tenant, kind).AllAsync(new CatalogQuery { VisibleTo = null }))
            {
                yield return SearchItem.Of(tenant, entry);
            }
        }

        var scenarios = grains.GetScenarioDirectory(tenant);
        await foreach (var scenario in Page<ScenarioSummary>.AllAsync((skip, take) => scenarios.ListAsync(new ScenarioListQuery(Skip: skip, Take: take))))
        {
            yield return SearchItem.Of(tenant, scenario);
        }

        var board = grains.GetChallengeBoard(tenant);
        await foreach (var challenge in Page<ChallengeSummary>.AllAsync((skip, take) => board.ListAsync(new ChallengeBoardQuery(Skip: skip, Take: take))))
        {
            yield return SearchItem.Of(tenant, challenge);
        }
    }

    /// <summary>The items of a tenant whose version in <paramref name="index"/> is older than its directory's.</summary>
    private async IAsyncEnumerable<SearchItem> DifferencesAsync(ISearchIndex index, TenantId tenant, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var indexed = await index.VersionsAsync(tenant.Value, cancellationToken);
        await foreach (var item in ItemsAsync(tenant).WithCancellation(cancellationToken))
        {
            if (indexed.GetValueOrDefault(item.Uid) < item.Version)
            {
                yield return item;
            }
        }
    }

    /// <summary>Sends, a batch at a time, every item whose version in <paramref name="index"/> is older than its directory's; returns how many.</summary>
    public async Task<int> ConvergeAsync(ISearchIndex index, Func<IReadOnlyList<SearchItem>, CancellationToken, Task> send, CancellationToken cancellationToken)
    {
        var sent = 0;
        foreach (var tenant in await TenantsAsync())
        {
            await foreach (var batch in DifferencesAsync(index, tenant, cancellationToken).Chunk(Batch).WithCancellation(cancellationToken))
            {
                await send(batch, cancellationToken);
                sent += batch.Length;
            }
        }

        return sent;
    }

    /// <summary>Writes the items a batch at a time; returns how many, telling <paramref name="progress"/> after each batch.</summary>
    public async Task<int> ApplyAsync(ISearchIndexWriter target, IAsyncEnumerable<SearchItem> items, CancellationToken cancellationToken, Action<int>? progress = null)
    {
        var documents = new List<SearchDocument>(Batch);
        var removals = new List<SearchRemoval>();
        var applied = 0;
        await foreach (var item in items.WithCancellation(cancellationToken))
        {
            if (await DocumentAsync(item) is { } document)
            {
                documents.Add(document);
            }
            else
            {
                removals.Add(item.Removal);
            }

            if (++applied % Batch == 0)
            {
                await FlushAsync();
                progress?.Invoke(applied);
            }
        }

        await FlushAsync();
        return applied;

        async Task FlushAsync()
        {
            await target.IndexAsync([.. documents], cancellationToken);
            await target.RemoveAsync([.. removals], cancellationToken);
            documents.Clear();
            removals.Clear();
        }
    }

    private async Task<SearchDocument?> DocumentAsync(SearchItem item) =>
        item.IsPublic ? await CatalogSearchDocuments.LoadAsync(grains, item) : null;
}
