using Showcase.Common;
using Showcase.Listings;

namespace Showcase.Grains.Listings;

/// <summary>
/// A tenant's listing of one kind, held in memory and stored as one row: right for the hundreds to low thousands a
/// portal curates. Full-text search over the catalog is the search index's job, not this grain's.
/// </summary>
/// <remarks>
/// Adding an id to <see cref="State.Pending"/> is written at once; recording the entry of a pending id is written
/// behind (within <see cref="FlushDelay"/>, and on deactivation), because the stored pending mark already makes the
/// directory read the entry back from its grain should the process die first. So the stored pending set always
/// covers every id changed since the last write, and a burst of changes (an import) costs a handful of writes of
/// this row instead of two per change.
/// </remarks>
[GrainType("catalog-directory")]
[CollectionAgeLimit(Minutes = IdleMinutes.Listing)]
internal sealed class CatalogDirectoryGrain(
    [PersistentState("catalog-directory")] IPersistentState<CatalogDirectoryGrain.State> state,
    TimeProvider clock,
    IEnumerable<ICatalogChangeListener> listeners) : Grain, ICatalogDirectoryGrain
{
    public static readonly TimeSpan FlushDelay = TimeSpan.FromSeconds(1);

    private readonly HashSet<string> _recorded = new(StringComparer.Ordinal);
    private readonly string _activation = Guid.NewGuid().ToString("N");
    private IGrainTimer? _flush;
    private CatalogOrders? _orders;
    private long _changes;
    private CatalogDirectoryKey? _key;

    private CatalogDirectoryKey Key => _key ??= CatalogDirectoryKey.Parse(this.GetPrimaryKeyString());

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.Pending.Count > 0)
        {
            await ReconcileAsync();
        }
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => FlushAsync();

    public Task MarkPendingAsync(EntityId id) => MarkPendingManyAsync([id]);

    public async Task MarkPendingManyAsync(IReadOnlyList<EntityId> ids)
    {
        var added = false;
        foreach (var id in ids)
        {
            // Still stored as pending: it stays so, even if its last entry was recorded meanwhile.
            _recorded.Remove(id.Value);
            added |= state.State.Pending.TryAdd(id.Value, clock.GetUtcNow());
        }

        if (added)
        {
            await state.WriteStateAsync();
        }
    }

    public Task<IReadOnlyList<EntityId>> MayHoldAsync(IReadOnlyList<EntityId> ids) =>
        Task.FromResult<IReadOnlyList<EntityId>>(ids.Where(id => state.State.Entries.ContainsKey(id.Value) || state.State.Pending.ContainsKey(id.Value)).ToArray());

    public async Task RecordAsync(CatalogEntry entry)
    {
        var entries = state.State.Entries;
        var known = entries.TryGetValue(entry.Id.Value, out var current) && current.Version >= entry.Version;
        if (!known)
        {
            Put(entry.Id.Value, entry);
            Announce(entry);
        }

        if (state.State.Pending.ContainsKey(entry.Id.Value))
        {
            _recorded.Add(entry.Id.Value);
            _flush ??= this.RegisterGrainTimer(_ => FlushAsync(), FlushDelay, Timeout.InfiniteTimeSpan);
        }
        else if (!known)
        {
            await state.WriteStateAsync();
        }
    }

    public async Task ForgetAsync(EntityId id)
    {
        var removed = Put(id.Value, null);
        _recorded.Remove(id.Value);
        if (state.State.Pending.Remove(id.Value) || removed)
        {
            await state.WriteStateAsync();
        }
    }

    public Task<CatalogPage> ListAsync(CatalogQuery query)
    {
        if (query.Take is < 1 or > Page<CatalogEntry>.MaxTake)
        {
            throw new DomainException(ErrorCodes.InvalidPaging, $"分页参数无效：每页条数应在 1 到 {Page<CatalogEntry>.MaxTake} 之间。", "take");
        }

        var cursor = query.After is null ? null : CatalogCursor.Parse(query.After, query.Sort);
        _orders ??= new CatalogOrders(state.State.Entries.Values);
        var found = CatalogFilter.Apply(_orders.After(query.Sort, cursor), query).Take(query.Take + 1).ToArray();
        var items = found.Take(query.Take).ToArray();
        var total = CatalogFilter.Apply(state.State.Entries.Values, query).Count();
        return Task.FromResult(new CatalogPage(items, total, items.Length == 0 ? query.After : CatalogCursor.For(items[^1], query.Sort), found.Length > query.Take));
    }

    public Task<IReadOnlyDictionary<string, int>> CountByProvinceAsync(CatalogQuery query) =>
        Task.FromResult<IReadOnlyDictionary<string, int>>(CatalogFilter.Apply(state.State.Entries.Values, query)
            .Where(e => e.Tags.Province is not null)
            .GroupBy(e => e.Tags.Province!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal));

    public Task<IReadOnlyList<EntityId>> ListExpiredAsync(DateOnly today, IReadOnlyList<string> inForceStatuses) =>
        Task.FromResult<IReadOnlyList<EntityId>>(state.State.Entries.Values
            .Where(e => e.ValidUntil < today && inForceStatuses.Contains(e.Status))
            .Select(e => e.Id)
            .ToArray());

    public Task<string> StampAsync() => Task.FromResult($"{_activation}:{_changes}");

    public async Task ReconcileAsync()
    {
        foreach (var id in state.State.Pending.Keys.ToArray())
        {
            var entry = await GrainFactory.GetCatalogEntity(Key.Kind, new CatalogKey(Key.Tenant, EntityId.Parse(id))).GetEntryAsync();
            Put(id, entry);
            if (entry is not null)
            {
                Announce(entry);
            }

            state.State.Pending.Remove(id);
            _recorded.Remove(id);
        }

        await state.WriteStateAsync();
    }

    /// <summary>Writes the entries recorded since the last write and drops their pending marks.</summary>
    private async Task FlushAsync()
    {
        _flush?.Dispose();
        _flush = null;
        if (_recorded.Count == 0)
        {
            return;
        }

        foreach (var id in _recorded)
        {
            state.State.Pending.Remove(id);
        }

        _recorded.Clear();
        await state.WriteStateAsync();
    }

    /// <summary>Sets (or, with null, removes) an entry, keeping the sorted orders in step; whether there was one before.</summary>
    private bool Put(string id, CatalogEntry? entry)
    {
        var entries = state.State.Entries;
        var had = entries.Remove(id, out var replaced);
        if (entry is not null)
        {
            entries[id] = entry;
        }

        if (had || entry is not null)
        {
            _orders?.Replace(replaced, entry);
            _changes++;
        }

        return had;
    }

    private void Announce(CatalogEntry entry)
    {
        foreach (var listener in listeners)
        {
            listener.EntryChanged(Key.Tenant, entry);
        }
    }

    internal sealed class State
    {
        public Dictionary<string, CatalogEntry> Entries { get; set; } = new(StringComparer.Ordinal);

        /// <summary>Ids whose entity is being changed, with when the change began.</summary>
        public Dictionary<string, DateTimeOffset> Pending { get; set; } = new(StringComparer.Ordinal);
    }
}
