using Showcase.Listings;
using Showcase.Reference;
using Showcase.Tenancy;

namespace Showcase.Api.Statistics;

/// <summary>The public catalog's tables: by year, province, industry and domain, and how the cases' indicators changed.</summary>
internal static class CatalogTables
{
    /// <summary>How many (domain, indicator) spreads the page shows at most, the most measured first.</summary>
    private const int SpreadsShown = 15;

    public static IReadOnlyList<StatisticsTable> Of(PortalPaths paths, CatalogTally cases, CatalogTally factories, CatalogTally zones, int spreadMinimum) =>
    [
        ByYear(cases, factories, zones),
        ByProvince(paths, cases, factories, zones),
        ByTerm("cases-by-industry", "案例所属行业", "行业", "案例", ReferenceData.Industries, cases.ByIndustry, code => $"{paths.Cases}?industry={code}"),
        ByTerm("factories-by-sector", "示范工厂所属行业领域", "行业领域", "示范工厂", ReferenceData.Sectors, factories.ByIndustry, code => $"{paths.Factories}?sector={code}"),
        ByTerm("cases-by-domain", "案例所属环节", "环节", "案例", ReferenceData.Domains, cases.ByDomain, code => $"{paths.Cases}?domain={code}"),
        Changes(paths, cases, spreadMinimum),
    ];

    private static StatisticsTable ByYear(CatalogTally cases, CatalogTally factories, CatalogTally zones) =>
        new("by-year", "各年份案例、示范工厂与先行区", ChartKind.Columns, ["年份", "案例", "示范工厂", "先行区"],
            [.. cases.ByYear.Keys.Union(factories.ByYear.Keys).Union(zones.ByYear.Keys).Order().Select(year => new StatisticsRow(
                $"{year}年", null, [cases.ByYear.GetValueOrDefault(year), factories.ByYear.GetValueOrDefault(year), zones.ByYear.GetValueOrDefault(year)]))],
            "案例按实施年份（未填写的按发布年份），示范工厂与先行区按认定（或开始建设）年份计。");

    private static StatisticsTable ByProvince(PortalPaths paths, CatalogTally cases, CatalogTally factories, CatalogTally zones) =>
        new("by-province", "各省份示范工厂、先行区与案例", ChartKind.Bars, ["省份", "示范工厂", "先行区", "案例"],
            [.. ReferenceData.Provinces.Terms
                .Select(p => (p, Counts: new decimal?[] { factories.ByProvince.GetValueOrDefault(p.Code), zones.ByProvince.GetValueOrDefault(p.Code), cases.ByProvince.GetValueOrDefault(p.Code) }))
                .Where(x => x.Counts.Sum() > 0)
                .OrderByDescending(x => x.Counts.Sum())
                .Select(x => new StatisticsRow(x.p.Name, $"{paths.Factories}?province={x.p.Code}", x.Counts))],
            "跨省的先行区在它涉及的每个省份都计一次。");

    private static StatisticsTable ByTerm(
        string key, string title, string label, string counted, Taxonomy terms, IReadOnlyDictionary<string, int> counts, Func<string, string> href) =>
        new(key, title, ChartKind.Bars, [label, counted],
            [.. counts.Where(c => terms.Contains(c.Key)).OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
                .Select(c => new StatisticsRow(terms.NameOf(c.Key), href(c.Key), [c.Value]))],
            "一个条目可以属于多个类别，各类别合计可能多于条目数。");

    private static StatisticsTable Changes(PortalPaths paths, CatalogTally cases, int spreadMinimum) =>
        new("metric-changes", "成效指标变化（按环节）", ChartKind.Spread,
            ["环节 · 指标（单位）", "案例数", "最小 %", "下四分位 %", "中位数 %", "上四分位 %", "最大 %"],
            [.. cases.Changes.Where(s => s.Count >= spreadMinimum && ReferenceData.Domains.Contains(s.Domain)).Take(SpreadsShown)
                .Select(s => new StatisticsRow(
                    $"{ReferenceData.Domains.NameOf(s.Domain)} · {s.Name}（{s.Unit}）", $"{paths.Cases}?domain={s.Domain}",
                    [s.Count, s.Min, s.LowerQuartile, s.Median, s.UpperQuartile, s.Max]))],
            $"变化为实施后相对实施前的百分比：正数是增加，负数是减少（成本、能耗、不良率下降为负）。只列出至少 {spreadMinimum} 个已发布案例填写了实施前后数值的指标。");
}
