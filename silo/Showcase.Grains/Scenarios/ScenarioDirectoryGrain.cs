using Showcase.Common;
using Showcase.Grains.Listings;
using Showcase.Scenarios;
using Showcase.Tenancy;

namespace Showcase.Grains.Scenarios;

[GrainType("scenario-directory")]
[CollectionAgeLimit(Minutes = IdleMinutes.Listing)]
internal sealed class ScenarioDirectoryGrain(
    [PersistentState("scenario-directory")] IPersistentState<ScenarioDirectoryGrain.State> state,
    TimeProvider clock,
    IEnumerable<ICatalogChangeListener> listeners) : Grain, IScenarioDirectoryGrain
{
    private TenantId? _tenant;

    private TenantId Tenant => _tenant ??= TenantId.Parse(this.GetPrimaryKeyString());

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.Pending.Count > 0)
        {
            await ReconcileAsync();
        }
    }

    public async Task MarkPendingAsync(EntityId id)
    {
        if (state.State.Pending.TryAdd(id.Value, clock.GetUtcNow()))
        {
            await state.WriteStateAsync();
        }
    }

    public async Task RecordAsync(ScenarioSummary summary)
    {
        var entries = state.State.Entries;
        var known = entries.TryGetValue(summary.Id.Value, out var current) && current.Version >= summary.Version;
        var wasPending = state.State.Pending.Remove(summary.Id.Value);
        if (!known)
        {
            entries[summary.Id.Value] = summary;
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

    public Task<Page<ScenarioSummary>> ListAsync(ScenarioListQuery query) =>
        Task.FromResult(Page<ScenarioSummary>.Of(
            state.State.Entries.Values
                .Where(s => query.Status is null || s.Status == query.Status)
                .Where(s => query.VisibleTo is null || s.Status == ScenarioStatus.Published || s.Owner.IncludesViewer(query.VisibleTo))
                .OrderByDescending(s => s.UpdatedAt)
                .ThenBy(s => s.Id.Value, StringComparer.Ordinal),
            query.Skip, query.Take));

    public async Task ForgetAsync(EntityId id)
    {
        var removed = state.State.Entries.Remove(id.Value);
        if (state.State.Pending.Remove(id.Value) || removed)
        {
            await state.WriteStateAsync();
        }
    }

    public async Task ReconcileAsync()
    {
        var reconciled = new List<ScenarioSummary>();
        foreach (var id in state.State.Pending.Keys.ToArray())
        {
            var snapshot = await GrainFactory.GetScenario(new ScenarioKey(Tenant, EntityId.Parse(id))).GetAsync();
            if (snapshot is null)
            {
                state.State.Entries.Remove(id);
            }
            else
            {
                state.State.Entries[id] = snapshot.ToSummary();
                reconciled.Add(state.State.Entries[id]);
            }

            state.State.Pending.Remove(id);
        }

        await state.WriteStateAsync();
        foreach (var summary in reconciled)
        {
            Announce(summary);
        }
    }

    private void Announce(ScenarioSummary summary)
    {
        foreach (var listener in listeners)
        {
            listener.ScenarioChanged(Tenant, summary);
        }
    }

    internal sealed class State
    {
        public Dictionary<string, ScenarioSummary> Entries { get; set; } = new(StringComparer.Ordinal);

        /// <summary>Ids whose scenario is being changed, with when the change began.</summary>
        public Dictionary<string, DateTimeOffset> Pending { get; set; } = new(StringComparer.Ordinal);
    }
}
