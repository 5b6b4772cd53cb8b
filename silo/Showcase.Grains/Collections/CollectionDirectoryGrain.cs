using Showcase.Collections;
using Showcase.Common;
using Showcase.Grains.Storage;
using Showcase.Tenancy;

namespace Showcase.Grains.Collections;

[GrainType("collection-directory")]
[CollectionAgeLimit(Minutes = IdleMinutes.Listing)]
internal sealed class CollectionDirectoryGrain(
    [PersistentState("collection-directory")] IPersistentState<CollectionDirectoryGrain.State> state,
    TimeProvider clock) : Grain, ICollectionDirectoryGrain
{
    private static readonly IComparer<CollectionSummary> NewestFirst = Comparer<CollectionSummary>.Create((x, y) =>
        y.UpdatedAt.CompareTo(x.UpdatedAt) is var byTime and not 0 ? byTime : string.CompareOrdinal(x.Id.Value, y.Id.Value));

    private SortedEntries<CollectionSummary, CollectionListQuery>? _entries;

    private TenantId Tenant => TenantId.Parse(this.GetPrimaryKeyString());

    private SortedEntries<CollectionSummary, CollectionListQuery> Entries => _entries ??= new(state.State.Entries, NewestFirst,
        (summary, query) => summary.IsPublic || !query.PublicOnly);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // A list stored before it kept summaries holds only ids: each is read back once, as a pending one is.
        foreach (var id in state.State.Ids)
        {
            state.State.Pending.TryAdd(id.Value, clock.GetUtcNow());
        }

        state.State.Ids = [];
        if (state.State.Pending.Count == 0)
        {
            return;
        }

        foreach (var id in state.State.Pending.Keys)
        {
            var snapshot = await GrainFactory.GetCollection(new CollectionKey(Tenant, EntityId.Parse(id))).GetAsync();
            Entries.Put(id, snapshot is null ? null : CollectionGrain.Summary(snapshot));
        }

        state.State.Pending.Clear();
        await state.WriteStateAsync(cancellationToken);
    }

    public async Task MarkPendingAsync(EntityId id)
    {
        if (state.State.Pending.TryAdd(id.Value, clock.GetUtcNow()))
        {
            await state.WriteStateAsync();
        }
    }

    public async Task RecordAsync(CollectionSummary summary)
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
    }

    public async Task ForgetAsync(EntityId id)
    {
        var removed = Entries.Put(id.Value, null);
        if (state.State.Pending.Remove(id.Value) || removed)
        {
            await state.WriteStateAsync();
        }
    }

    public Task<Page<CollectionSummary>> ListAsync(CollectionListQuery query) =>
        Task.FromResult(Entries.Page(query with { Skip = 0, Take = 0 }, query.Skip, query.Take));

    internal sealed class State
    {
        public Dictionary<string, CollectionSummary> Entries { get; set; } = new(StringComparer.Ordinal);

        /// <summary>Ids whose collection is being changed, with when the change began.</summary>
        public Dictionary<string, DateTimeOffset> Pending { get; set; } = new(StringComparer.Ordinal);

        /// <summary>The ids, as lists stored them before they kept summaries: read once on activation, empty from then on.</summary>
        public IReadOnlyList<EntityId> Ids { get; set; } = [];
    }
}
