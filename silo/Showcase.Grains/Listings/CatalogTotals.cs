using System.Text.Json;
using Showcase.Listings;

namespace Showcase.Grains.Listings;

/// <summary>
/// The totals of the filters a directory was asked for lately, kept in step with every change (each change is tested
/// against each kept filter), so a filter is counted over the whole catalog once, not once a page or once a change.
/// Bounded: it forgets them all when <see cref="Capacity"/> filters are kept and another is asked.
/// </summary>
internal sealed class CatalogTotals
{
    public const int Capacity = 64;

    private readonly Dictionary<string, Kept> _kept = new(StringComparer.Ordinal);

    /// <summary>The total of <paramref name="query"/>'s filters, counted over <paramref name="entries"/> when not kept.</summary>
    public int Of(CatalogQuery query, IEnumerable<CatalogEntry> entries)
    {
        // Every filter and who is looking, whatever the page: a new filter on the query is part of the key by itself.
        var filter = query with { Sort = default, After = null, Take = 0 };
        var key = JsonSerializer.Serialize(filter);
        if (_kept.TryGetValue(key, out var kept))
        {
            return kept.Total;
        }

        if (_kept.Count >= Capacity)
        {
            _kept.Clear();
        }

        var total = CatalogFilter.Apply(entries, filter).Count();
        _kept[key] = new Kept(filter) { Total = total };
        return total;
    }

    /// <summary>Keeps the totals in step with <paramref name="replaced"/> (null: none) becoming <paramref name="entry"/> (null: removed).</summary>
    public void Replace(CatalogEntry? replaced, CatalogEntry? entry)
    {
        foreach (var kept in _kept.Values)
        {
            kept.Total += (entry is not null && CatalogFilter.Matches(entry, kept.Filter) ? 1 : 0)
                - (replaced is not null && CatalogFilter.Matches(replaced, kept.Filter) ? 1 : 0);
        }
    }

    private sealed class Kept(CatalogQuery filter)
    {
        public CatalogQuery Filter { get; } = filter;

        public int Total { get; set; }
    }
}
