using Showcase.Challenges;
using Showcase.Common;
using Showcase.Grains.Listings;
using Showcase.Grains.Storage;
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

    private static readonly IComparer<ChallengeSummary> Order = NewestFirst.Of<ChallengeSummary>();

    private IGrainTimer? _flush;
    private SortedEntries<ChallengeSummary, ChallengeBoardQuery>? _entries;

    private TenantId Tenant => TenantId.Parse(this.GetPrimaryKeyString());

    /// <summary>The stored entries, newest change first (then by id), every change going through <see cref="SortedEntries{TEntry, TFilter}.Put"/>.</summary>
    private SortedEntries<ChallengeSummary, ChallengeBoardQuery> Entries => _entries ??= new(state.State.Entries, Order, Matches);

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
                var summary = ChallengeGrain.Summary(snapshot);
                Entries.Put(id, summary);
                Announce(summary);
            }
            else
            {
                // Deleted (a draft) between its mark and its forgetting.
                Entries.Put(id, null);
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
                Entries.Put(summary.Id.Value, current with { Bids = summary.Bids, UpdatedAt = summary.UpdatedAt });
                _flush ??= this.RegisterGrainTimer(_ => FlushCountsAsync(), CountFlushDelay, Timeout.InfiniteTimeSpan);
            }

            return;
        }

        var known = exists && current!.Version > summary.Version;
        var wasPending = state.State.Pending.Remove(summary.Id.Value);
        if (!known)
        {
            Entries.Put(summary.Id.Value, summary);
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
        var removed = Entries.Put(id.Value, null);
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
        Task.FromResult(Entries.Page(query with { Skip = 0, Take = 0 }, query.Skip, query.Take));

    private static bool Matches(ChallengeSummary c, ChallengeBoardQuery query) =>
        (query.VisibleTo is null || c.IsPublic || c.Owner.IncludesViewer(query.VisibleTo))
        && (query.Statuses is not { Count: > 0 } || query.Statuses.Contains(c.Status))
        && (query.Industry is null || c.Industry == query.Industry);

    internal sealed class State
    {
        public Dictionary<string, ChallengeSummary> Entries { get; set; } = new(StringComparer.Ordinal);

        public Dictionary<string, DateTimeOffset> Pending { get; set; } = new(StringComparer.Ordinal);
    }
}
