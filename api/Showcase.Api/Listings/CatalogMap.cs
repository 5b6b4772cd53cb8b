using Showcase.Listings;
using Showcase.Reference;

namespace Showcase.Api.Listings;

/// <summary>How many factories, pilot zones and cases each province has: the numbers on the map of China.</summary>
public sealed class CatalogMap(CatalogAccess access)
{
    /// <summary>
    /// Every province, in the list's order, with the counts of what the current person may see and the filter lets
    /// through; a pilot zone spanning provinces counts in each.
    /// </summary>
    public async Task<IReadOnlyList<ProvinceCount>> CountAsync(CatalogQuery filter)
    {
        var factories = access.CountByProvinceAsync(CatalogKind.Factory, filter);
        var zones = access.CountByProvinceAsync(CatalogKind.PilotZone, filter);
        var cases = access.CountByProvinceAsync(CatalogKind.Case, filter);
        var (byFactory, byZone, byCase) = (await factories, await zones, await cases);
        return ReferenceData.Provinces.Terms
            .Select(p => new ProvinceCount(p, byFactory.GetValueOrDefault(p.Code), byZone.GetValueOrDefault(p.Code), byCase.GetValueOrDefault(p.Code)))
            .ToArray();
    }
}

public sealed record ProvinceCount(TaxonomyTerm Province, int Factories, int PilotZones, int Cases)
{
    public int Total => Factories + PilotZones;
}
