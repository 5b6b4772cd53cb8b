using Showcase.Common;
using Showcase.Grains.Listings;
using Showcase.Grains.Storage;
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
    private SortedEntries<ScenarioSummary, ScenarioListQuery>? _entries;

    private TenantId Tenant => _tenant ??= TenantId.Parse(this.GetPrimaryKeyString());

    /// <summary>The stored entries, newest change first (then by id), every change going through <see cref="SortedEntries{TEntry, TFilter}.Put"/>.</summary>
    private SortedEntries<ScenarioSummary, ScenarioListQuery> Entries => _entries ??= new(state.State.Entries, NewestFirst, Matches);

    private static readonly IComparer<ScenarioSummary> NewestFirst = Comparer<ScenarioSummary>.Create((x, y) =>
        y.UpdatedAt.CompareTo(x.UpdatedAt) is var byTime and not 0 ? byTime : string.CompareOrdinal(x.Id.Value, y.Id.Value));

    private static bool Matches(ScenarioSummary s, ScenarioListQuery query) =>
        (query.Status is null || s.Status == query.Status)
        && (query.VisibleTo is null || s.Status == ScenarioStatus.Published || s.Owner.IncludesViewer(query.VisibleTo));

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
        var known = state.State.Entries.TryGetValue(summary.Id.Value, out var current) && current.Version >= summary.Version;
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

    public Task<Page<ScenarioSummary>> ListAsync(ScenarioListQuery query) =>
        Task.FromResult(Entries.Page(query with { Skip = 0, Take = 0 }, query.Skip, query.Take));

    public async Task ForgetAsync(EntityId id)
    {
        var removed = Entries.Put(id.Value, null);
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
                Entries.Put(id, null);
            }
            else
            {
                var summary = snapshot.ToSummary();
                Entries.Put(id, summary);
                reconciled.Add(summary);
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
