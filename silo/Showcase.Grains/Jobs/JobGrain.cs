using Showcase.Jobs;

namespace Showcase.Grains.Jobs;

/// <summary>
/// A job's progress in cluster storage, one entry per host. Every report is answered from memory; it is written at
/// once when a run starts or finishes, otherwise at most every <see cref="JobTimes.SavedEvery"/> and when the grain
/// deactivates — so a restart loses at most a few seconds of progress of a run that is still going, and never its end.
/// </summary>
[GrainType("job")]
[CollectionAgeLimit(Minutes = IdleMinutes.Small)]
internal sealed class JobGrain([PersistentState("job")] IPersistentState<JobGrain.State> state, TimeProvider clock) : Grain, IJobGrain
{
    private bool _unsaved;

    public async Task ReportAsync(JobReport report)
    {
        var hosts = Hosts;
        var known = hosts.GetValueOrDefault(report.Host);
        var newRun = known is null || report.StartedAt > known.Report.StartedAt;
        if (!newRun && (report.StartedAt < known!.Report.StartedAt || known.Report.Finished))
        {
            return;
        }

        var now = clock.GetUtcNow();
        state.State = state.State with { Hosts = new Dictionary<string, Heard>(hosts) { [report.Host] = new Heard(report, now) } };
        _unsaved = true;
        if (newRun || report.Finished || now - state.State.SavedAt >= JobTimes.SavedEvery)
        {
            await SaveAsync();
        }
    }

    public async Task<IReadOnlyList<JobStatus>> GetAsync()
    {
        var now = clock.GetUtcNow();
        var kept = Hosts.Where(h => now - h.Value.HeardAt <= JobTimes.Kept).ToDictionary();
        if (kept.Count < Hosts.Count)
        {
            await ForgetExpiredAsync(kept);
        }

        return kept.Values.OrderBy(h => h.Report.Host, StringComparer.Ordinal)
            .Select(h => new JobStatus(h.Report, h.HeardAt, !h.Report.Finished && now - h.HeardAt > JobTimes.Unheard))
            .ToArray();
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (_unsaved)
        {
            await SaveAsync();
        }
    }

    private IReadOnlyDictionary<string, Heard> Hosts => state.State.Hosts ?? new Dictionary<string, Heard>();

    private async Task ForgetExpiredAsync(Dictionary<string, Heard> kept)
    {
        if (kept.Count > 0)
        {
            state.State = state.State with { Hosts = kept };
            await SaveAsync();
            return;
        }

        await state.ClearStateAsync();
        _unsaved = false;
        DeactivateOnIdle();
    }

    private async Task SaveAsync()
    {
        state.State = state.State with { SavedAt = clock.GetUtcNow() };
        await state.WriteStateAsync();
        _unsaved = false;
    }

    internal sealed record State
    {
        public IReadOnlyDictionary<string, Heard>? Hosts { get; init; }

        public DateTimeOffset SavedAt { get; init; }
    }

    internal sealed record Heard(JobReport Report, DateTimeOffset HeardAt);
}
