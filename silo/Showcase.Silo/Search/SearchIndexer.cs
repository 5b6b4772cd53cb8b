using System.Threading.Channels;
using Microsoft.Extensions.Options;
using Showcase.Catalog.Search;
using Showcase.Grains.Listings;
using Showcase.Listings;
using Showcase.Tenancy;

namespace Showcase.Silo.Search;

/// <summary>
/// Keeps the search index in step with the catalog. Every entry a directory records is queued and applied in the
/// background (indexed when public, removed when not, each with its version, so replays and reordering are
/// harmless) — searchable within moments of the change. At start it compares every directory's versions with the
/// index's and re-applies what differs, so a crash between a write and its indexing heals by itself.
/// </summary>
public sealed partial class SearchIndexer(IGrainFactory grains, ISearchIndex index, IOptions<SearchOptions> options, ILogger<SearchIndexer> logger)
    : BackgroundService, ICatalogChangeListener
{
    private static readonly CatalogKind[] Kinds = Enum.GetValues<CatalogKind>();

    private readonly Channel<(TenantId Tenant, CatalogKind Kind, CatalogEntry Entry)> _changes =
        Channel.CreateUnbounded<(TenantId, CatalogKind, CatalogEntry)>(new UnboundedChannelOptions { SingleReader = true });

    public void EntryChanged(TenantId tenant, CatalogEntry entry)
    {
        if (options.Value.LiveUpdates)
        {
            _changes.Writer.TryWrite((tenant, entry.Kind, entry));
        }
    }

    /// <summary>Re-applies every item whose version in the index differs from its directory's; returns how many.</summary>
    public async Task<int> ConvergeAsync(CancellationToken cancellationToken = default)
    {
        var applied = 0;
        foreach (var tenant in await grains.GetTenantRegistry().ListAsync())
        {
            var indexed = await index.VersionsAsync(tenant.Id.Value, cancellationToken);
            foreach (var kind in Kinds)
            {
                var query = new CatalogQuery { VisibleTo = null, Take = 100 };
                CatalogPage page;
                do
                {
                    page = await grains.GetCatalogDirectory(tenant.Id, kind).ListAsync(query);
                    foreach (var entry in page.Items)
                    {
                        var uid = SearchDocument.UidOf(tenant.Id.Value, CatalogGrainFactoryExtensions.KindSegment(kind), entry.Id.Value);
                        if (indexed.GetValueOrDefault(uid) < entry.Version)
                        {
                            await ApplyAsync(tenant.Id, kind, entry, cancellationToken);
                            applied++;
                        }
                    }

                    query = query with { After = page.EndCursor };
                }
                while (page.HasNextPage);
            }
        }

        return applied;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var healed = await ConvergeAsync(stoppingToken);
            LogConverged(logger, healed);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(logger, ex, "convergence");
        }

        await foreach (var (tenant, kind, entry) in _changes.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await ApplyAsync(tenant, kind, entry, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The next start's convergence picks it up.
                LogFailed(logger, ex, $"{tenant}/{kind}/{entry.Id}");
            }
        }
    }

    private async Task ApplyAsync(TenantId tenant, CatalogKind kind, CatalogEntry entry, CancellationToken cancellationToken)
    {
        var segment = CatalogGrainFactoryExtensions.KindSegment(kind);
        var document = entry.IsPublic ? await CatalogSearchDocuments.LoadAsync(grains, kind, new CatalogKey(tenant, entry.Id)) : null;
        if (document is not null)
        {
            await index.IndexAsync([document], cancellationToken);
        }
        else
        {
            await index.RemoveAsync(tenant.Value, segment, entry.Id.Value, entry.Version, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Search index converged with the catalog: {Count} items re-applied")]
    private static partial void LogConverged(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Search indexing failed for {What}; the next start converges it")]
    private static partial void LogFailed(ILogger logger, Exception exception, string what);
}
