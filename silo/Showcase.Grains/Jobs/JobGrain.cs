using Showcase.Jobs;

namespace Showcase.Grains.Jobs;

/// <summary>
/// A job's progress in cluster storage. Every report is answered from memory; it is written when the job starts or
/// finishes at once, otherwise at most every <see cref="JobTimes.SavedEvery"/> and when the grain deactivates — so a
/// restart loses at most a few seconds of progress of a job that is still running, and never its end.
/// </summary>
[GrainType("job")]
internal sealed class JobGrain([PersistentState("job")] IPersistentState<JobGrain.State> state, TimeProvider clock) : Grain, IJobGrain
{
    private bool _unsaved;

    public async Task ReportAsync(JobReport report)
    {
        var current = state.State;
        if (current.Report is { Finished: true })
        {
            return;
        }

        var now = clock.GetUtcNow();
        state.State = current with { Report = report, StartedAt = current.Report is null ? now : current.StartedAt, HeardAt = now };
        _unsaved = true;
        if (current.Report is null || report.Finished || now - current.SavedAt >= JobTimes.SavedEvery)
        {
            await SaveAsync();
        }
    }

    public async Task<JobStatus?> GetAsync()
    {
        var current = state.State;
        if (current.Report is null)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        if (now - current.HeardAt > JobTimes.Kept)
        {
            await state.ClearStateAsync();
            _unsaved = false;
            DeactivateOnIdle();
            return null;
        }

        return new JobStatus(current.Report, current.StartedAt, current.HeardAt, !current.Report.Finished && now - current.HeardAt > JobTimes.Unheard);
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (_unsaved)
        {
            await SaveAsync();
        }
    }

    private async Task SaveAsync()
    {
        state.State = state.State with { SavedAt = clock.GetUtcNow() };
        await state.WriteStateAsync();
        _unsaved = false;
    }

    internal sealed record State
    {
        public JobReport? Report { get; init; }

        public DateTimeOffset StartedAt { get; init; }

        public DateTimeOffset HeardAt { get; init; }

        public DateTimeOffset SavedAt { get; init; }
    }
}
