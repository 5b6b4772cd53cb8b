using Showcase.Common;
using Showcase.Tenancy;

namespace Showcase.Grains.Storage;

/// <summary>
/// A portal's list of one kind of grain (key: the tenant), kept as a summary of each by the listed-save protocol
/// (<see cref="ListedSave"/>): a grain marks its id pending before it writes and records its summary after; pending ids
/// are read back from their grains when the list activates, so a crash in between heals itself. Pages come newest
/// change first (then by id) from <see cref="SortedEntries{TEntry, TFilter}"/>.
/// </summary>
internal abstract class SummaryDirectoryGrain<TSummary, TFilter, TState>(IPersistentState<TState> state, TimeProvider clock) : Grain
    where TSummary : class, IListedSummary
    where TState : SummaryDirectoryState<TSummary>
{
    private static readonly IComparer<TSummary> Order = NewestFirst.Of<TSummary>();

    private SortedEntries<TSummary, TFilter>? _entries;

    protected TenantId Tenant => TenantId.Parse(this.GetPrimaryKeyString());

    /// <summary>What is stored, for a list that keeps more than the summaries.</summary>
    protected TState Stored => state.State;

    protected TimeProvider Clock => clock;

    private SortedEntries<TSummary, TFilter> Entries => _entries ??= new(state.State.Entries, Order, Matches);

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

    public async Task RecordAsync(TSummary summary)
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

    public async Task ForgetAsync(EntityId id)
    {
        var removed = Entries.Put(id.Value, null);
        if (state.State.Pending.Remove(id.Value) || removed)
        {
            await state.WriteStateAsync();
        }
    }

    /// <summary>Reads every pending id back from its grain.</summary>
    public async Task ReconcileAsync()
    {
        var reconciled = new List<TSummary>();
        foreach (var id in state.State.Pending.Keys.ToArray())
        {
            var summary = await ReadBackAsync(EntityId.Parse(id));
            Entries.Put(id, summary);
            if (summary is not null)
            {
                reconciled.Add(summary);
            }
        }

        state.State.Pending.Clear();
        await state.WriteStateAsync();
        foreach (var summary in reconciled)
        {
            Announce(summary);
        }
    }

    /// <summary>The page at <paramref name="skip"/> of the summaries that pass <paramref name="filter"/> (a query without its paging).</summary>
    protected Task<Page<TSummary>> PageAsync(TFilter filter, int skip, int take) => Task.FromResult(Entries.Page(filter, skip, take));

    protected abstract bool Matches(TSummary summary, TFilter filter);

    /// <summary>The summary of the grain as stored now (null: there is none).</summary>
    protected abstract Task<TSummary?> ReadBackAsync(EntityId id);

    /// <summary>Tells whoever follows this list of a summary that changed.</summary>
    protected virtual void Announce(TSummary summary)
    {
    }
}

/// <summary>What a <see cref="SummaryDirectoryGrain{TSummary, TFilter, TState}"/> stores.</summary>
internal class SummaryDirectoryState<TSummary>
{
    public Dictionary<string, TSummary> Entries { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Ids whose grain is being changed, with when the change began.</summary>
    public Dictionary<string, DateTimeOffset> Pending { get; set; } = new(StringComparer.Ordinal);
}

/// <summary>The order of a portal's lists: the most recently changed first, then by id.</summary>
internal static class NewestFirst
{
    public static IComparer<T> Of<T>() where T : IListedSummary => Comparer<T>.Create((x, y) =>
        y.UpdatedAt.CompareTo(x.UpdatedAt) is var byTime and not 0 ? byTime : string.CompareOrdinal(x.Id.Value, y.Id.Value));
}
