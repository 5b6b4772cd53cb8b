using System.Text.Json;

namespace Showcase.Grains.Storage;

/// <summary>
/// The totals of the filters a listing was asked for lately, kept in step with every change (each change is tested
/// against each kept filter), so a filter is counted over the whole listing once, not once a page or once a change.
/// Bounded: it forgets them all when <see cref="Capacity"/> filters are kept and another is asked.
/// </summary>
/// <param name="matches">Whether an entry passes a filter.</param>
internal sealed class KeptTotals<TEntry, TFilter>(Func<TEntry, TFilter, bool> matches)
    where TEntry : class
{
    public const int Capacity = 64;

    private readonly Dictionary<string, Kept> _kept = new(StringComparer.Ordinal);

    /// <summary>
    /// The total of <paramref name="filter"/> (a query with its paging and sort left out), counted over
    /// <paramref name="entries"/> when not kept.
    /// </summary>
    public int Of(TFilter filter, IEnumerable<TEntry> entries)
    {
        // Every field of the filter, who is looking included: a field added to the query is part of the key by itself.
        var key = JsonSerializer.Serialize(filter);
        if (_kept.TryGetValue(key, out var kept))
        {
            return kept.Total;
        }

        if (_kept.Count >= Capacity)
        {
            _kept.Clear();
        }

        var total = entries.Count(e => matches(e, filter));
        _kept[key] = new Kept(filter) { Total = total };
        return total;
    }

    /// <summary>Keeps the totals in step with <paramref name="replaced"/> (null: none) becoming <paramref name="entry"/> (null: removed).</summary>
    public void Replace(TEntry? replaced, TEntry? entry)
    {
        foreach (var kept in _kept.Values)
        {
            kept.Total += (entry is not null && matches(entry, kept.Filter) ? 1 : 0) - (replaced is not null && matches(replaced, kept.Filter) ? 1 : 0);
        }
    }

    private sealed class Kept(TFilter filter)
    {
        public TFilter Filter { get; } = filter;

        public int Total { get; set; }
    }
}
