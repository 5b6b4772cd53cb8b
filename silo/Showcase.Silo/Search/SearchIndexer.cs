using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.Extensions.Options;
using Showcase.Api.Outages;
using Showcase.Api.Search;
using Showcase.Catalog.Search;
using Showcase.Challenges;
using Showcase.Grains.Listings;
using Showcase.Listings;
using Showcase.Scenarios;
using Showcase.Tenancy;

namespace Showcase.Silo.Search;

/// <summary>
/// Keeps the search index in step with the catalog. Every entry a directory records is queued and sent on through
/// the <see cref="ISearchFeed"/> in the background (indexed when public, removed when not, each with its version, so
/// replays and reordering are harmless) — searchable within moments of the change. At start it compares every
/// directory's versions with the index's and sends what differs, so a crash between a write and its indexing heals by
/// itself.
/// </summary>
public sealed partial class SearchIndexer(
    ISearchFeed feed, SearchCatalog catalog, SearchRebuilder rebuilder, ISearchIndex index, IOptions<SearchOptions> options, TimeProvider clock, ILogger<SearchIndexer> logger)
    : BackgroundService, ICatalogChangeListener, ISearchMaintenance
{
    private static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LongestRetry = TimeSpan.FromSeconds(30);

    /// <summary>How long a change waits for others while changes keep coming; a change after a quiet moment goes at once.</summary>
    private static readonly TimeSpan Linger = TimeSpan.FromMilliseconds(250);

    /// <summary>Changes sent less than this after the previous batch count as a burst.</summary>
    private static readonly TimeSpan BurstGap = TimeSpan.FromSeconds(1);

    private readonly Channel<SearchItem> _changes = Channel.CreateUnbounded<SearchItem>(new UnboundedChannelOptions { SingleReader = true });

    public Task<SearchRebuild?> LastRebuildAsync() => rebuilder.LastAsync();

    /// <summary>Why changes cannot be sent on while they are being retried; null when the last send succeeded.</summary>
    public string? WriteFailure { get; private set; }

    public void EntryChanged(TenantId tenant, CatalogEntry entry) => Queue(SearchItem.Of(tenant, entry));

    public void ScenarioChanged(TenantId tenant, ScenarioSummary scenario) => Queue(SearchItem.Of(tenant, scenario));

    public void ChallengeChanged(TenantId tenant, ChallengeSummary challenge) => Queue(SearchItem.Of(tenant, challenge));

    /// <summary>Sends every item whose version in the index is older than its directory's; returns how many.</summary>
    public Task<int> ConvergeAsync(CancellationToken cancellationToken = default) => catalog.ConvergeAsync(index, feed.SendAsync, cancellationToken);

    public async Task<SearchRebuild> StartRebuildAsync()
    {
        feed.StartRebuild();
        return (await rebuilder.LastAsync())!;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (feed.ConvergesAtStart)
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
        }

        // What has queued up is sent together: one write (one bulk request on Elasticsearch, one log append) per batch, not per change.
        var items = new List<SearchItem>(SearchCatalog.Batch);
        var lastSent = 0L;
        while (await _changes.Reader.WaitToReadAsync(stoppingToken))
        {
            items.Clear();
            var burst = lastSent != 0 && Stopwatch.GetElapsedTime(lastSent) < BurstGap;
            await GatherAsync(items, burst ? Linger : TimeSpan.Zero, stoppingToken);
            await SendWithRetriesAsync(items, stoppingToken);
            lastSent = Stopwatch.GetTimestamp();
        }
    }

    /// <summary>
    /// Takes queued changes into <paramref name="items"/>, up to a batch, waiting up to <paramref name="linger"/> for
    /// more. During a burst (an import) that makes batches of hundreds: the index makes each batch searchable as one
    /// segment, and thousands of tiny segments cost more to merge than the writes themselves. (Real time: it is how
    /// long the host waits, not a date.)
    /// </summary>
    private async Task GatherAsync(List<SearchItem> items, TimeSpan linger, CancellationToken stoppingToken)
    {
        var started = Stopwatch.GetTimestamp();
        while (items.Count < SearchCatalog.Batch)
        {
            if (_changes.Reader.TryRead(out var item))
            {
                items.Add(item);
                continue;
            }

            var left = linger - Stopwatch.GetElapsedTime(started);
            if (left <= TimeSpan.Zero)
            {
                return;
            }

            using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            wait.CancelAfter(left);
            try
            {
                if (!await _changes.Reader.WaitToReadAsync(wait.Token))
                {
                    return;
                }
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    /// <summary>
    /// Sends a batch; while the index (or the log) cannot be written — a full disk, an unreachable Elasticsearch or
    /// PostgreSQL — it tries again with a growing pause, taking in the changes that queue up meanwhile, and reports
    /// itself unhealthy until a send succeeds. Any other failure is logged and left to the next start's convergence.
    /// </summary>
    private async Task SendWithRetriesAsync(List<SearchItem> items, CancellationToken stoppingToken)
    {
        var pause = FirstRetry;
        while (true)
        {
            try
            {
                await feed.SendAsync(items, stoppingToken);
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
                await GatherAsync(items, TimeSpan.Zero, stoppingToken);
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Search index converged with the catalog: {Count} items re-applied")]
    private static partial void LogConverged(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "The search index cannot be written; {Count} changes are retried with a growing pause until it can")]
    private static partial void LogRetrying(ILogger logger, Exception exception, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "The search index can be written again: {Count} held-up changes applied")]
    private static partial void LogRecovered(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Search indexing failed for {What}; the next start converges it")]
    private static partial void LogFailed(ILogger logger, Exception exception, string what);
}
