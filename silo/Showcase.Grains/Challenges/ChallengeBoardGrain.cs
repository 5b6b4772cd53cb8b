using Showcase.Challenges;
using Showcase.Common;
using Showcase.Grains.Listings;
using Showcase.Tenancy;

namespace Showcase.Grains.Challenges;

[GrainType("challenge-board")]
[CollectionAgeLimit(Minutes = IdleMinutes.Listing)]
internal sealed class ChallengeBoardGrain(
    [PersistentState("challenge-board")] IPersistentState<ChallengeBoardGrain.State> state,
    TimeProvider clock,
    IEnumerable<ICatalogChangeListener> listeners) : Grain, IChallengeBoardGrain
{
    /// <summary>How long a bid count may wait before it is written (bids change counts often; a crash loses only counts).</summary>
    public static readonly TimeSpan CountFlushDelay = TimeSpan.FromSeconds(1);

    private IGrainTimer? _flush;

    private TenantId Tenant => TenantId.Parse(this.GetPrimaryKeyString());

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => FlushCountsAsync();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // Challenges that marked themselves and may not have recorded (a crash in between) are read again.
        if (state.State.Pending.Count == 0)
        {
            return;
        }

        foreach (var id in state.State.Pending.Keys.ToArray())
        {
            if (await GrainFactory.GetChallenge(new ChallengeKey(Tenant, EntityId.Parse(id))).GetAsync() is { } snapshot)
            {
                state.State.Entries[id] = ChallengeGrain.Summary(snapshot);
                Announce(state.State.Entries[id]);
            }
            else
            {
                // Deleted (a draft) between its mark and its forgetting.
                state.State.Entries.Remove(id);
            }

            state.State.Pending.Remove(id);
        }

        await state.WriteStateAsync(cancellationToken);
    }

    public async Task MarkPendingAsync(EntityId id)
    {
        if (state.State.Pending.TryAdd(id.Value, clock.GetUtcNow()))
        {
            await state.WriteStateAsync();
        }
    }

    public async Task RecordAsync(ChallengeSummary summary)
    {
        var exists = state.State.Entries.TryGetValue(summary.Id.Value, out var current);
        if (exists && current!.Version == summary.Version && !state.State.Pending.ContainsKey(summary.Id.Value))
        {
            // Only the bid count moved (bids do not change the challenge's version): kept now, written shortly.
            if (current.Bids != summary.Bids)
            {
                state.State.Entries[summary.Id.Value] = current with { Bids = summary.Bids, UpdatedAt = summary.UpdatedAt };
                _flush ??= this.RegisterGrainTimer(_ => FlushCountsAsync(), CountFlushDelay, Timeout.InfiniteTimeSpan);
            }

            return;
        }

        var known = exists && current!.Version > summary.Version;
        var wasPending = state.State.Pending.Remove(summary.Id.Value);
        if (!known)
        {
            state.State.Entries[summary.Id.Value] = summary;
        }

        if (!known || wasPending)
        {
            await state.WriteStateAsync();
        }

        if (!known)
        {
            Announce(summary);
        }
    }

    public async Task ForgetAsync(EntityId id)
    {
        var removed = state.State.Entries.Remove(id.Value);
        if (state.State.Pending.Remove(id.Value) || removed)
        {
            await state.WriteStateAsync();
        }
    }

    private void Announce(ChallengeSummary summary)
    {
        foreach (var listener in listeners)
        {
            listener.ChallengeChanged(Tenant, summary);
        }
    }

    private async Task FlushCountsAsync()
    {
        if (_flush is null)
        {
            return;
        }

        _flush.Dispose();
        _flush = null;
        await state.WriteStateAsync();
    }

    public Task<Page<ChallengeSummary>> ListAsync(ChallengeBoardQuery query) =>
        Task.FromResult(Page<ChallengeSummary>.Of(
            state.State.Entries.Values
                .Where(c => query.VisibleTo is null || c.IsPublic || c.Owner.IncludesViewer(query.VisibleTo))
                .Where(c => query.Statuses is not { Count: > 0 } || query.Statuses.Contains(c.Status))
                .Where(c => query.Industry is null || c.Industry == query.Industry)
                .OrderByDescending(c => c.UpdatedAt)
                .ThenBy(c => c.Id.Value, StringComparer.Ordinal),
            query.Skip, query.Take));

    internal sealed class State
    {
        public Dictionary<string, ChallengeSummary> Entries { get; set; } = new(StringComparer.Ordinal);

        public Dictionary<string, DateTimeOffset> Pending { get; set; } = new(StringComparer.Ordinal);
    }
}
