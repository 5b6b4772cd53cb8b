using Microsoft.Extensions.Options;
using Showcase.Api.Tenancy;
using Showcase.Audit;
using Showcase.Silo.Search;
using Showcase.Tenancy;

namespace Showcase.Silo.Tenancy.PortalData;

/// <summary>
/// Erases what deleted portals left: their documents in the search index (every replica's, in a cluster) and every
/// row and file of theirs in storage, once <see cref="PortalDeletionOptions.PurgeAfter"/> has passed since the
/// deletion (no host serves them by then). It looks every few seconds, so a purge cut short by a crash is finished by
/// whichever host looks next; erasing what is gone does nothing. The first to finish writes it into the platform's history.
/// </summary>
public sealed partial class PortalPurge(
    IGrainFactory grains, IPortalStore store, ISearchFeed search, IOptions<PortalDeletionOptions> options, TimeProvider clock, ILogger<PortalPurge> logger)
    : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await PurgeDueAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Purges every deleted portal that is due; returns how many.</summary>
    public async Task<int> PurgeDueAsync(CancellationToken cancellationToken)
    {
        var registry = grains.GetTenantRegistry();
        var due = (await registry.DeletedAsync()).Where(d => d.PurgedAt is null && clock.GetUtcNow() - d.DeletedAt >= options.Value.PurgeAfter).ToArray();
        foreach (var deleted in due)
        {
            var erased = await store.EraseAsync(deleted.Id, cancellationToken);
            await search.ForgetTenantAsync(deleted.Id, cancellationToken);
            if (await registry.MarkPurgedAsync(deleted.Id, clock.GetUtcNow()))
            {
                await grains.GetTenant(TenantId.Platform).RecordAsync(PortalDeletionService.Purged, $"{deleted.Id} · {deleted.Name}", Actor.System);
                LogPurged(logger, deleted.Id.Value, erased.GrainStates, erased.Files, erased.ExportFiles, erased.SearchLog);
            }
        }

        return due.Length;
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Deleted portal {Tenant} purged: {States} grain states, {Files} files, {Exports} export files, {SearchLog} search log rows erased, its search documents forgotten")]
    private static partial void LogPurged(ILogger logger, string tenant, int states, int files, int exports, int searchLog);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Purging deleted portals failed; tried again shortly")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
