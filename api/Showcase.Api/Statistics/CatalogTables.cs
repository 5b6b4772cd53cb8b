using Microsoft.Extensions.Localization;
using Showcase.Listings;
using Showcase.Reference;
using Showcase.Tenancy;

namespace Showcase.Api.Statistics;

/// <summary>The public catalog's tables: by year, province, industry and domain, and how the cases' indicators changed.</summary>
internal static class CatalogTables
{
    /// <summary>How many (domain, indicator) spreads the page shows at most, the most measured first.</summary>
    private const int SpreadsShown = 15;

    /// <summary>The tables with their words from <paramref name="texts"/> and reference names in <paramref name="language"/>.</summary>
    public static IReadOnlyList<StatisticsTable> Of(PortalPaths paths, CatalogTally cases, CatalogTally factories, CatalogTally zones, int spreadMinimum,
        IStringLocalizer texts, string language) =>
    [
        ByYear(texts, cases, factories, zones),
        ByProvince(texts, language, paths, cases, factories, zones),
        ByTerm(texts, language, "cases-by-industry", "CasesByIndustry", "Industry", "Cases", ReferenceData.Industries, cases.ByIndustry, code => $"{paths.Cases}?industry={code}"),
        ByTerm(texts, language, "factories-by-sector", "FactoriesBySector", "Sector", "Factories", ReferenceData.Sectors, factories.ByIndustry, code => $"{paths.Factories}?sector={code}"),
        ByTerm(texts, language, "cases-by-domain", "CasesByDomain", "Domain", "Cases", ReferenceData.Domains, cases.ByDomain, code => $"{paths.Cases}?domain={code}"),
        Changes(texts, language, paths, cases, spreadMinimum),
    ];

    private static StatisticsTable ByYear(IStringLocalizer texts, CatalogTally cases, CatalogTally factories, CatalogTally zones) =>
        new("by-year", texts["ByYear"], ChartKind.Columns, [texts["Year"], texts["Cases"], texts["Factories"], texts["PilotZones"]],
            [.. cases.ByYear.Keys.Union(factories.ByYear.Keys).Union(zones.ByYear.Keys).Order().Select(year => new StatisticsRow(
                texts["YearLabel", year], null, [cases.ByYear.GetValueOrDefault(year), factories.ByYear.GetValueOrDefault(year), zones.ByYear.GetValueOrDefault(year)]))],
            texts["ByYearNote"]);

    private static StatisticsTable ByProvince(IStringLocalizer texts, string language, PortalPaths paths, CatalogTally cases, CatalogTally factories, CatalogTally zones) =>
        new("by-province", texts["ByProvince"], ChartKind.Bars, [texts["Province"], texts["Factories"], texts["PilotZones"], texts["Cases"]],
            [.. ReferenceData.Provinces.Terms
                .Select(p => (p, Counts: new decimal?[] { factories.ByProvince.GetValueOrDefault(p.Code), zones.ByProvince.GetValueOrDefault(p.Code), cases.ByProvince.GetValueOrDefault(p.Code) }))
                .Where(x => x.Counts.Sum() > 0)
                .OrderByDescending(x => x.Counts.Sum())
                .Select(x => new StatisticsRow(x.p.NameIn(language), $"{paths.Factories}?province={x.p.Code}", x.Counts))],
            texts["ByProvinceNote"]);

    private static StatisticsTable ByTerm(IStringLocalizer texts, string language,
        string key, string title, string label, string counted, Taxonomy terms, IReadOnlyDictionary<string, int> counts, Func<string, string> href) =>
        new(key, texts[title], ChartKind.Bars, [texts[label], texts[counted]],
            [.. counts.Where(c => terms.Contains(c.Key)).OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
                .Select(c => new StatisticsRow(terms.NameOf(c.Key, language), href(c.Key), [c.Value]))],
            texts["ByTermNote"]);

    private static StatisticsTable Changes(IStringLocalizer texts, string language, PortalPaths paths, CatalogTally cases, int spreadMinimum) =>
        new("metric-changes", texts["Changes"], ChartKind.Spread,
            [.. new[] { "ChangeRow", "ChangeCases", "ChangeMin", "ChangeLowerQuartile", "ChangeMedian", "ChangeUpperQuartile", "ChangeMax" }.Select(k => texts[k].Value)],
            [.. cases.Changes.Where(s => s.Count >= spreadMinimum && ReferenceData.Domains.Contains(s.Domain)).Take(SpreadsShown)
                .Select(s => new StatisticsRow(
                    texts["ChangeLabel", ReferenceData.Domains.NameOf(s.Domain, language), s.Name, s.Unit], $"{paths.Cases}?domain={s.Domain}",
                    [s.Count, s.Min, s.LowerQuartile, s.Median, s.UpperQuartile, s.Max]))],
            texts["ChangesNote", spreadMinimum]);
}
