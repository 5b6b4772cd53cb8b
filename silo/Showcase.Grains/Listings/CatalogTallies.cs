using Showcase.Listings;

namespace Showcase.Grains.Listings;

/// <summary>Adds up a directory's public entries into a <see cref="CatalogTally"/>.</summary>
internal static class CatalogTallies
{
    public static CatalogTally Of(IEnumerable<CatalogEntry> entries)
    {
        var shown = entries.Where(e => e.IsPublic).ToArray();
        return new CatalogTally(
            shown.Length,
            CountBy<int>(shown, e => e.Figures?.Year is { } year ? [year] : []),
            CountBy(shown, e => e.Provinces),
            CountBy<string>(shown, e => e.Tags.Sector is { } sector ? [.. e.Tags.Industries, sector] : e.Tags.Industries),
            CountBy(shown, e => e.Tags.Domains),
            Spreads(shown));
    }

    private static Dictionary<TKey, int> CountBy<TKey>(IEnumerable<CatalogEntry> entries, Func<CatalogEntry, IEnumerable<TKey>> keys)
        where TKey : notnull =>
        entries.SelectMany(e => keys(e).Distinct()).GroupBy(k => k).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>Each (domain, indicator, unit) measured by any case, counted once per case and domain.</summary>
    private static MetricSpread[] Spreads(IEnumerable<CatalogEntry> entries) =>
        [.. entries
            .SelectMany(e => e.Tags.Domains.Distinct().SelectMany(domain =>
                (e.Figures?.Changes ?? []).DistinctBy(c => (c.Name, c.Unit)).Select(change => (Domain: domain, Change: change))))
            .GroupBy(x => (x.Domain, x.Change.Name, x.Change.Unit))
            .Select(g => MetricSpread.Of(g.Key.Domain, g.Key.Name, g.Key.Unit, g.Select(x => x.Change.Percent)))
            .OrderByDescending(s => s.Count).ThenBy(s => s.Domain, StringComparer.Ordinal).ThenBy(s => s.Name, StringComparer.Ordinal)];
}
