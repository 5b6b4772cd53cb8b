using System.Threading.Channels;
using Microsoft.Extensions.Options;
using Showcase.Api.Outages;
using Showcase.Api.Search;
using Showcase.Catalog.Search;
using Showcase.Challenges;
using Showcase.Common;
using Showcase.Grains.Listings;
using Showcase.Listings;
using Showcase.Scenarios;
using Showcase.Tenancy;

namespace Showcase.Silo.Search;

/// <summary>
/// Keeps the search index in step with the catalog. Every entry a directory records is queued and applied in the
/// background (indexed when public, removed when not, each with its version, so replays and reordering are
/// harmless) — searchable within moments of the change. At start it compares every directory's versions with the
/// index's and re-applies what differs, so a crash between a write and its indexing heals by itself. A rebuild
/// reads the whole catalog into a fresh index while search answers from the old one, then swaps them.
/// </summary>
public sealed partial class SearchIndexer(IGrainFactory grains, ISearchIndex index, IOptions<SearchOptions> options, TimeProvider clock, ILogger<SearchIndexer> logger)
    : BackgroundService, ICatalogChangeListener, ISearchMaintenance
{
    private const int Batch = 200;
    private static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LongestRetry = TimeSpan.FromSeconds(30);
    private static readonly CatalogKind[] Kinds = Enum.GetValues<CatalogKind>();

    private readonly Channel<SearchItem> _changes = Channel.CreateUnbounded<SearchItem>(new UnboundedChannelOptions { SingleReader = true });

    private readonly System.Threading.Lock _rebuildLock = new();
    private volatile SearchRebuildProgress? _rebuild;

    public SearchRebuildProgress? LastRebuild => _rebuild;

    /// <summary>Why the index cannot be written while live changes are being retried; null when the last write succeeded.</summary>
    public string? WriteFailure { get; private set; }

    public void EntryChanged(TenantId tenant, CatalogEntry entry) => Queue(SearchItem.Of(tenant, entry));

    public void ScenarioChanged(TenantId tenant, ScenarioSummary scenario) => Queue(SearchItem.Of(tenant, scenario));

    public void ChallengeChanged(TenantId tenant, ChallengeSummary challenge) => Queue(SearchItem.Of(tenant, challenge));

    /// <summary>Re-applies every item whose version in the index differs from its directory's; returns how many.</summary>
    public async Task<int> ConvergeAsync(CancellationToken cancellationToken = default)
    {
        var applied = 0;
        foreach (var tenant in await grains.GetTenantRegistry().ListAsync())
        {
            var indexed = await index.VersionsAsync(tenant.Id.Value, cancellationToken);
            applied += await ApplyAllAsync(index, ItemsAsync(tenant.Id).Where(item => indexed.GetValueOrDefault(item.Uid) < item.Version), cancellationToken);
        }

        return applied;
    }

    public SearchRebuildProgress StartRebuild()
    {
        lock (_rebuildLock)
        {
            if (_rebuild is { State: SearchRebuildState.Running } running)
            {
                return running;
            }

            _rebuild = new SearchRebuildProgress(SearchRebuildState.Running, 0, 0, clock.GetUtcNow(), null, null);
        }

        _ = Task.Run(RebuildAsync);
        return _rebuild;
    }

    private async Task RebuildAsync()
    {
        try
        {
            var tenants = await grains.GetTenantRegistry().ListAsync();
            var total = 0;
            foreach (var tenant in tenants)
            {
                foreach (var kind in Kinds)
                {
                    total += (await grains.GetCatalogDirectory(tenant.Id, kind).ListAsync(new CatalogQuery { VisibleTo = null, Take = 1 })).TotalCount;
                }

                total += (await grains.GetScenarioDirectory(tenant.Id).ListAsync(new ScenarioListQuery(Take: 1))).TotalCount;
                total += (await grains.GetChallengeBoard(tenant.Id).ListAsync(new ChallengeBoardQuery(Take: 1))).TotalCount;
            }

            _rebuild = _rebuild! with { Total = total };
            await using var rebuild = await index.BeginRebuildAsync();
            var done = 0;
            foreach (var tenant in tenants)
            {
                done += await ApplyAllAsync(rebuild, ItemsAsync(tenant.Id), CancellationToken.None,
                    applied => _rebuild = _rebuild with { Done = done + applied, Total = Math.Max(total, done + applied) });
            }

            await rebuild.CompleteAsync();
            // Anything that changed while the catalog was read and did not reach the new index is applied now.
            await ConvergeAsync();
            _rebuild = _rebuild with { State = SearchRebuildState.Completed, Done = done, Total = done, FinishedAt = clock.GetUtcNow() };
            LogRebuilt(logger, done);
        }
        catch (Exception ex)
        {
            LogFailed(logger, ex, "rebuild");
            _rebuild = _rebuild! with { State = SearchRebuildState.Failed, FinishedAt = clock.GetUtcNow(), Error = ex.Message };
        }
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

        // What has queued up is applied together: one write (one bulk request on Elasticsearch) per batch, not per change.
        var items = new List<SearchItem>(Batch);
        while (await _changes.Reader.WaitToReadAsync(stoppingToken))
        {
            items.Clear();
            while (items.Count < Batch && _changes.Reader.TryRead(out var item))
            {
                items.Add(item);
            }

            await ApplyWithRetriesAsync(items, stoppingToken);
        }
    }

    /// <summary>
    /// Applies a batch; while the index cannot be written (a full disk, an unreachable Elasticsearch) it tries again
    /// with a growing pause, taking in the changes that queue up meanwhile, and reports itself unhealthy until a write
    /// succeeds. Any other failure is logged and left to the next start's convergence.
    /// </summary>
    private async Task ApplyWithRetriesAsync(List<SearchItem> items, CancellationToken stoppingToken)
    {
        var pause = FirstRetry;
        while (true)
        {
            try
            {
                await ApplyAllAsync(index, items.ToAsyncEnumerable(), stoppingToken);
                if (WriteFailure is not null)
                {
                    LogRecovered(logger, items.Count);
                    WriteFailure = null;
                }

                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException && Outage.Is(ex))
            {
                if (WriteFailure is null)
                {
                    LogRetrying(logger, ex, items.Count);
                }

                WriteFailure = Outage.Reason(ex);
                await Task.Delay(pause, clock, stoppingToken);
                pause = pause * 2 < LongestRetry ? pause * 2 : LongestRetry;
                while (items.Count < Batch && _changes.Reader.TryRead(out var item))
                {
                    items.Add(item);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(logger, ex, $"{items.Count} changes from {items[0].Uid}");
                return;
            }
        }
    }

    private void Queue(SearchItem item)
    {
        if (options.Value.LiveUpdates)
        {
            _changes.Writer.TryWrite(item);
        }
    }

    /// <summary>Every item of a tenant, drafts included (they must be absent from the index).</summary>
    private async IAsyncEnumerable<SearchItem> ItemsAsync(TenantId tenant)
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

    /// <summary>Writes the items a batch at a time (one bulk request each on Elasticsearch); returns how many, telling <paramref name="progress"/> after each batch.</summary>
    private async Task<int> ApplyAllAsync(ISearchIndexWriter target, IAsyncEnumerable<SearchItem> items, CancellationToken cancellationToken, Action<int>? progress = null)
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Search index converged with the catalog: {Count} items re-applied")]
    private static partial void LogConverged(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Search index rebuilt from {Count} catalog items")]
    private static partial void LogRebuilt(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "The search index cannot be written; {Count} changes are retried with a growing pause until it can")]
    private static partial void LogRetrying(ILogger logger, Exception exception, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "The search index can be written again: {Count} held-up changes applied")]
    private static partial void LogRecovered(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Search indexing failed for {What}; the next start converges it")]
    private static partial void LogFailed(ILogger logger, Exception exception, string what);
}
