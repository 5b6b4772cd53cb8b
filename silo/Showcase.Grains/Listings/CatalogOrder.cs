using Showcase.Listings;

namespace Showcase.Grains.Listings;

/// <summary>The total orders a listing can be sorted in; the id breaks ties so a cursor always points at one place.</summary>
internal sealed class CatalogOrder : IComparer<CatalogEntry>
{
    private static readonly CatalogOrder Newest = new(CatalogSort.Newest);
    private static readonly CatalogOrder Updated = new(CatalogSort.Updated);
    private static readonly CatalogOrder Title = new(CatalogSort.Title);

    private readonly CatalogSort _sort;

    private CatalogOrder(CatalogSort sort) => _sort = sort;

    public static CatalogOrder For(CatalogSort sort) => sort switch
    {
        CatalogSort.Updated => Updated,
        CatalogSort.Title => Title,
        _ => Newest,
    };

    public int Compare(CatalogEntry? x, CatalogEntry? y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        var bySortKey = _sort switch
        {
            CatalogSort.Updated => y.UpdatedAt.CompareTo(x.UpdatedAt),
            CatalogSort.Title => string.CompareOrdinal(x.Title, y.Title),
            _ => y.SortDate.CompareTo(x.SortDate),
        };
        return bySortKey != 0 ? bySortKey : string.CompareOrdinal(x.Id.Value, y.Id.Value);
    }
}
