using Showcase.Listings;
using Showcase.Reference;

namespace Showcase.Grains.Listings;

/// <summary>A <see cref="CatalogQuery"/>'s filters: any value within a filter, every filter together, trees matched by ancestor.</summary>
internal static class CatalogFilter
{
    public static IEnumerable<CatalogEntry> Apply(IEnumerable<CatalogEntry> entries, CatalogQuery query) => entries.Where(e => Matches(e, query));

    public static bool Matches(CatalogEntry e, CatalogQuery query) =>
        (query.VisibleTo is null || e.IsPublic || e.Owner.IncludesViewer(query.VisibleTo))
        && AnyOf(query.Statuses, e.StatusSeenBy(query.VisibleTo))
        && Overlaps(query.Provinces, e.Provinces)
        && AnyOf(query.Cities, e.Tags.City)
        && AnyOf(query.Levels, e.Tags.Level)
        && Overlaps(query.Industries, e.Tags.Industries)
        && Overlaps(query.Domains, e.Tags.Domains)
        && Overlaps(query.Technologies, e.Tags.Technologies)
        && (query.Programs.Count == 0 || e.Tags.Programs.Any(p => query.Programs.Any(q => ReferenceData.Programs.IsWithin(p, q))))
        && (query.Sectors.Count == 0 || (e.Tags.Sector is { } sector && query.Sectors.Any(q => ReferenceData.Sectors.IsWithin(sector, q))))
        && (query.LinkedTo is null || e.Links.Contains(query.LinkedTo.Value))
        && (string.IsNullOrWhiteSpace(query.TitleContains)
            || e.Title.Contains(query.TitleContains.Trim(), StringComparison.OrdinalIgnoreCase)
            || (e.Subtitle?.Contains(query.TitleContains.Trim(), StringComparison.OrdinalIgnoreCase) ?? false));

    private static bool AnyOf(IReadOnlyList<string> wanted, string? value) => wanted.Count == 0 || (value is not null && wanted.Contains(value));

    private static bool Overlaps(IReadOnlyList<string> wanted, IReadOnlyList<string> values) => wanted.Count == 0 || values.Any(wanted.Contains);
}
