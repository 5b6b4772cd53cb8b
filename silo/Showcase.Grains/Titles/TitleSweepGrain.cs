using Microsoft.Extensions.Logging;
using Showcase.Listings;
using Showcase.Tenancy;
using Showcase.Titles;

namespace Showcase.Grains.Titles;

/// <summary>
/// Moves every demonstration title whose validity has run out to "re-evaluation due" and tells the tenant's curators
/// (the titled grain does both, once: a repeated sweep changes nothing). Driven by the validity dates in storage, so
/// nothing is missed across restarts or a lost host: whatever expired meanwhile is caught at the next sweep. One
/// activation in the cluster, kept alive by its timer (see <see cref="ITitleSweepGrain"/>).
/// </summary>
[GrainType("title-sweep")]
[CollectionAgeLimit(Minutes = IdleMinutes.Small)]
public sealed partial class TitleSweepGrain(TimeProvider clock, ILocalSiloDetails silo, ILogger<TitleSweepGrain> logger) : Grain, ITitleSweepGrain
{
    private const int KeptRuns = 100;
    private static readonly CatalogKind[] TitledKinds = [CatalogKind.Factory, CatalogKind.PilotZone];
    private static readonly string[] Watched = [StatusCode.Of(TitleStatus.Recognised), StatusCode.Of(TitleStatus.ReevaluationDue)];

    private readonly Queue<TitleSweepRun> _runs = new();
    private IGrainTimer? _timer;
    private TimeSpan _interval;

    public Task EnsureRunningAsync(TimeSpan interval)
    {
        if (_timer is not null && interval == _interval)
        {
            return Task.CompletedTask;
        }

        _timer?.Dispose();
        _interval = interval;
        // KeepAlive: the grain stays active while its timer runs; if its host goes, the next host to ask starts it again.
        _timer = this.RegisterGrainTimer(SweepOnTimerAsync, new GrainTimerCreationOptions(TimeSpan.Zero, interval) { KeepAlive = true });
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<TitleSweepRun>> RunsAsync() => Task.FromResult<IReadOnlyList<TitleSweepRun>>([.. _runs]);

    private async Task SweepOnTimerAsync(CancellationToken cancellationToken)
    {
        var started = clock.GetUtcNow();
        try
        {
            Record(new TitleSweepRun(started, silo.SiloAddress.ToString(), await SweepAsync(cancellationToken)));
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // Logged and retried at the next tick: the sweep reads its work from storage each time.
            LogSweepFailed(ex);
        }
    }

    /// <summary>Sweeps every tenant; returns how many titles became due.</summary>
    private async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var due = 0;
        foreach (var tenant in await GrainFactory.GetTenantRegistry().ListAsync())
        {
            foreach (var kind in TitledKinds)
            {
                cancellationToken.ThrowIfCancellationRequested();
                foreach (var id in await GrainFactory.GetCatalogDirectory(tenant.Id, kind).ListExpiredAsync(today, Watched))
                {
                    if (await GrainFactory.GetTitled(kind, new CatalogKey(tenant.Id, id)).MarkReevaluationDueIfExpiredAsync(today))
                    {
                        due++;
                        LogDue(kind, tenant.Id.Value, id.Value);
                    }
                }
            }
        }

        return due;
    }

    private void Record(TitleSweepRun run)
    {
        _runs.Enqueue(run);
        while (_runs.Count > KeptRuns)
        {
            _runs.Dequeue();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Kind} {Tenant}/{Id}: title validity ran out, re-evaluation due; curators notified.")]
    private partial void LogDue(CatalogKind kind, string tenant, string id);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The title expiry sweep failed; it runs again at the next interval.")]
    private partial void LogSweepFailed(Exception exception);
}
