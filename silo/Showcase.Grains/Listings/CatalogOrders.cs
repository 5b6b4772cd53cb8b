using Showcase.Listings;

namespace Showcase.Grains.Listings;

/// <summary>
/// A directory's entries kept in each order a listing can be sorted in, so a page is found by walking from its cursor
/// and testing entries until the page is full — work in proportion to the page (and to how rare the filter's matches
/// are), not a sort of the whole catalog per request. Built when the directory is first listed, then kept in step with
/// every change.
/// </summary>
internal sealed class CatalogOrders
{
    private readonly Dictionary<CatalogSort, SortedSet<CatalogEntry>> _orders;

    public CatalogOrders(IEnumerable<CatalogEntry> entries)
    {
        var all = entries.ToArray();
        _orders = Enum.GetValues<CatalogSort>().ToDictionary(sort => sort, sort => new SortedSet<CatalogEntry>(all, CatalogOrder.For(sort)));
    }

    /// <summary>Puts <paramref name="entry"/> in place of <paramref name="replaced"/> (null: a new entry).</summary>
    public void Replace(CatalogEntry? replaced, CatalogEntry? entry)
    {
        foreach (var order in _orders.Values)
        {
            if (replaced is not null)
            {
                order.Remove(replaced);
            }

            if (entry is not null)
            {
                order.Add(entry);
            }
        }
    }

    /// <summary>The entries in the query's order after its cursor (every entry when it has none).</summary>
    public IEnumerable<CatalogEntry> After(CatalogSort sort, CatalogEntry? cursor)
    {
        var order = _orders[sort];
        if (cursor is null)
        {
            return order;
        }

        if (order.Count == 0 || order.Comparer.Compare(cursor, order.Max) >= 0)
        {
            return [];
        }

        // Everything from the cursor's place on; the cursor itself (the previous page's last entry) is skipped.
        return order.GetViewBetween(cursor, order.Max!).Where(e => order.Comparer.Compare(e, cursor) > 0);
    }
}
