using Microsoft.Extensions.DependencyInjection;
using Orleans.Providers;
using Orleans.Storage;
using Showcase.Common;
using Showcase.Grains.Storage;
using Showcase.Listings;

namespace Showcase.Grains.Listings;

/// <summary>
/// A tenant's listing of one kind, held in memory while active and stored as one row per entry
/// (<see cref="CatalogEntryRows"/>) plus this grain's own small row of pending ids. Full-text search over the catalog
/// is the search index's job, not this grain's.
/// </summary>
/// <remarks>
/// Adding an id to <see cref="State.Pending"/> is written at once; the entry of a pending id is written behind
/// (within <see cref="FlushDelay"/>, and on deactivation), its row first and then the pending mark dropped, because the
/// stored mark already makes the directory read the entry back from its grain should the process die first. So the
/// stored pending set always covers every id changed and not yet written, and a burst of changes (an import) costs a
/// row per changed entry and a handful of writes of the pending set, never a write of the whole catalog.
/// </remarks>
[GrainType("catalog-directory")]
[CollectionAgeLimit(Minutes = IdleMinutes.Listing)]
internal sealed class CatalogDirectoryGrain(
    [PersistentState("catalog-directory")] IPersistentState<CatalogDirectoryGrain.State> state,
    TimeProvider clock,
    IStoredStates stored,
    IServiceProvider services,
    IEnumerable<ICatalogChangeListener> listeners) : Grain, ICatalogDirectoryGrain
{
    public static readonly TimeSpan FlushDelay = TimeSpan.FromSeconds(1);

    private static readonly TimeSpan RefreshPause = TimeSpan.FromMilliseconds(50);
    private const int RefreshedAtOnce = 64;

    private readonly Dictionary<string, CatalogEntry> _entries = new(StringComparer.Ordinal);

    /// <summary>Pending ids whose entry is recorded, waiting for the flush to drop their marks.</summary>
    private readonly HashSet<string> _recorded = new(StringComparer.Ordinal);

    /// <summary>Ids whose entry (or its absence) is not yet in their row.</summary>
    private readonly HashSet<string> _unwritten = new(StringComparer.Ordinal);

    private readonly KeptTotals<CatalogEntry, CatalogQuery> _totals = new(CatalogFilter.Matches);
    private readonly string _activation = Guid.NewGuid().ToString("N");
    private IGrainTimer? _flush;
    private CatalogOrders? _orders;
    private CatalogTally? _tally;
    private IGrainTimer? _refresh;
    private CatalogEntryRows? _rows;
    private long _changes;
    private CatalogDirectoryKey? _key;

    private CatalogDirectoryKey Key => _key ??= CatalogDirectoryKey.Parse(this.GetPrimaryKeyString());

    private CatalogEntryRows Rows => _rows ??= new CatalogEntryRows(
        services.GetRequiredKeyedService<IGrainStorage>(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME), stored, Key);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        foreach (var entry in await Rows.ReadAllAsync())
        {
            _entries[entry.Id.Value] = entry;
        }

        // A directory stored before its entries had rows of their own moves them into rows now.
        foreach (var (id, entry) in state.State.Entries)
        {
            if (!_entries.TryGetValue(id, out var row) || row.Version < entry.Version)
            {
                _entries[id] = entry;
            }

            _unwritten.Add(id);
        }

        if (state.State.Pending.Count > 0 || _unwritten.Count > 0)
        {
            await ReconcileAsync();
        }

        if (_entries.Values.Any(e => e.Figures is null))
        {
            _refresh = this.RegisterGrainTimer(_ => RefreshOlderEntriesAsync(), TimeSpan.Zero, RefreshPause);
        }
    }

    /// <summary>Whether <paramref name="current"/> was written before entries carried what <paramref name="next"/> carries.</summary>
    private static bool IsOlderFormat(CatalogEntry current, CatalogEntry next) => current.Figures is null && next.Figures is not null;

    /// <summary>
    /// Reads back, from their grains, the entries written before entries carried <see cref="CatalogEntry.Figures"/>
    /// (a data folder from an earlier version), so statistics and the map count them too: a few at each tick, so
    /// listings are served in between. Until then they count in their first province and in no year; a crash
    /// midway leaves the rest for the next activation.
    /// </summary>
    private async Task RefreshOlderEntriesAsync()
    {
        var older = _entries.Values.Where(e => e.Figures is null).Select(e => e.Id).Take(RefreshedAtOnce).ToArray();
        if (older.Length == 0)
        {
            _refresh?.Dispose();
            _refresh = null;
            return;
        }

        var read = await Task.WhenAll(older.Select(id => GrainFactory.GetCatalogEntity(Key.Kind, new CatalogKey(Key.Tenant, id)).GetEntryAsync()));
        foreach (var (id, entry) in older.Zip(read))
        {
            // A grain with no newer entry to give (a deleted draft whose row stayed) keeps its row, marked so it is not asked again.
            var current = _entries[id.Value];
            Put(id.Value, entry is not null && entry.Version >= current.Version && entry.Figures is not null
                ? entry
                : current with { Figures = CatalogFigures.Of(null, current.Tags.Province) });
        }

        await FlushAsync();
    }

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
        Task.FromResult<IReadOnlyList<EntityId>>(ids.Where(id => _entries.ContainsKey(id.Value) || state.State.Pending.ContainsKey(id.Value)).ToArray());

    public Task<IReadOnlyList<CatalogEntry>> FindAsync(IReadOnlyList<EntityId> ids) =>
        Task.FromResult<IReadOnlyList<CatalogEntry>>([.. ids.Select(id => _entries.GetValueOrDefault(id.Value)).OfType<CatalogEntry>()]);

    public async Task RecordAsync(CatalogEntry entry)
    {
        var known = _entries.TryGetValue(entry.Id.Value, out var current) && current.Version >= entry.Version && !IsOlderFormat(current, entry);
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
            await FlushAsync();
        }
    }

    public async Task ForgetAsync(EntityId id)
    {
        Put(id.Value, null);
        await FlushAsync();
        if (state.State.Pending.Remove(id.Value))
        {
            _recorded.Remove(id.Value);
            await state.WriteStateAsync();
        }
    }

    public Task<CatalogPage> ListAsync(CatalogQuery query)
    {
        if (query.Take is < 1 or > Page<CatalogEntry>.MaxTake)
        {
            throw new DomainException(ErrorCodes.InvalidPaging, Sentence.Of("BadPageSize", Page<CatalogEntry>.MaxTake), "take");
        }

        var cursor = query.After is null ? null : CatalogCursor.Parse(query.After, query.Sort);
        _orders ??= new CatalogOrders(_entries.Values);
        var found = CatalogFilter.Apply(_orders.After(query.Sort, cursor), query).Take(query.Take + 1).ToArray();
        var items = found.Take(query.Take).ToArray();
        var total = _totals.Of(query with { Sort = default, After = null, Take = 0 }, _entries.Values);
        return Task.FromResult(new CatalogPage(items, total, items.Length == 0 ? query.After : CatalogCursor.For(items[^1], query.Sort), found.Length > query.Take));
    }

    public Task<IReadOnlyDictionary<string, int>> CountByProvinceAsync(CatalogQuery query) =>
        Task.FromResult<IReadOnlyDictionary<string, int>>(CatalogFilter.Apply(_entries.Values, query)
            .SelectMany(e => e.Provinces)
            .GroupBy(province => province, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal));

    public Task<CatalogTally> TallyAsync() => Task.FromResult(_tally ??= CatalogTallies.Of(_entries.Values));

    public Task<IReadOnlyList<EntityId>> ListExpiredAsync(DateOnly today, IReadOnlyList<string> inForceStatuses) =>
        Task.FromResult<IReadOnlyList<EntityId>>(_entries.Values
            .Where(e => e.ValidUntil < today && inForceStatuses.Contains(e.Status))
            .Select(e => e.Id)
            .ToArray());

    public Task<string> StampAsync() => Task.FromResult($"{_activation}:{_changes}");

    public async Task ReconcileAsync()
    {
        foreach (var id in state.State.Pending.Keys)
        {
            var entry = await GrainFactory.GetCatalogEntity(Key.Kind, new CatalogKey(Key.Tenant, EntityId.Parse(id))).GetEntryAsync();
            Put(id, entry);
            if (entry is not null)
            {
                Announce(entry);
            }

            _recorded.Add(id);
        }

        await FlushAsync();
    }

    /// <summary>
    /// Writes the rows of the entries changed since the last flush, then drops the pending marks of those recorded
    /// (and any entries still in the directory's own row from before they had rows).
    /// </summary>
    private async Task FlushAsync()
    {
        _flush?.Dispose();
        _flush = null;
        if (_unwritten.Count > 0)
        {
            var changes = _unwritten.Select(id => KeyValuePair.Create(id, _entries.GetValueOrDefault(id))).ToArray();
            await Rows.WriteAsync(changes);
            _unwritten.Clear();
        }

        if (_recorded.Count == 0 && state.State.Entries.Count == 0)
        {
            return;
        }

        foreach (var id in _recorded)
        {
            state.State.Pending.Remove(id);
        }

        _recorded.Clear();
        state.State.Entries.Clear();
        await state.WriteStateAsync();
    }

    /// <summary>Sets (or, with null, removes) an entry, keeping the sorted orders and kept totals in step, to be written at the next flush.</summary>
    private void Put(string id, CatalogEntry? entry)
    {
        var had = _entries.Remove(id, out var replaced);
        if (entry is not null)
        {
            _entries[id] = entry;
        }

        if (had || entry is not null)
        {
            _orders?.Replace(replaced, entry);
            _tally = null;
            _totals.Replace(replaced, entry);
            _unwritten.Add(id);
            _changes++;
        }
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
        /// <summary>
        /// The entries, as directories stored them before each entry had its own row: read once, moved into rows when
        /// the directory activates, and empty from then on.
        /// </summary>
        public Dictionary<string, CatalogEntry> Entries { get; set; } = new(StringComparer.Ordinal);

        /// <summary>Ids whose entity is being changed, with when the change began.</summary>
        public Dictionary<string, DateTimeOffset> Pending { get; set; } = new(StringComparer.Ordinal);
    }
}
