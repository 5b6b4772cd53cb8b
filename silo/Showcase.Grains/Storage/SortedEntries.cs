using Showcase.Common;

namespace Showcase.Grains.Storage;

/// <summary>
/// A listing's stored entries by id, also kept in the listing's one order and with the totals of recent filters in
/// step (<see cref="KeptTotals{TEntry, TFilter}"/>): a page walks the order from the start, testing entries until it
/// has skipped and taken enough — work in proportion to how far the page is, not a sort of the whole listing per page.
/// Every change goes through <see cref="Put"/>. The order is built when the listing is first paged.
/// </summary>
internal sealed class SortedEntries<TEntry, TFilter>(
    Dictionary<string, TEntry> entries, IComparer<TEntry> order, Func<TEntry, TFilter, bool> matches)
    where TEntry : class
{
    private readonly KeptTotals<TEntry, TFilter> _totals = new(matches);
    private SortedSet<TEntry>? _sorted;

    /// <summary>Sets (or, with null, removes) an entry; whether there was one before.</summary>
    public bool Put(string id, TEntry? entry)
    {
        var had = entries.Remove(id, out var replaced);
        if (entry is not null)
        {
            entries[id] = entry;
        }

        if (replaced is not null)
        {
            _sorted?.Remove(replaced);
        }

        if (entry is not null)
        {
            _sorted?.Add(entry);
        }

        _totals.Replace(replaced, entry);
        return had;
    }

    /// <summary>The page at <paramref name="skip"/> of the entries that pass <paramref name="filter"/> (a query without its paging).</summary>
    public Page<TEntry> Page(TFilter filter, int skip, int take)
    {
        Page<TEntry>.Validate(skip, take);
        _sorted ??= new SortedSet<TEntry>(entries.Values, order);
        var items = _sorted.Where(e => matches(e, filter)).Skip(skip).Take(take).ToArray();
        return new Page<TEntry>(items, _totals.Of(filter, entries.Values), skip, take);
    }
}
