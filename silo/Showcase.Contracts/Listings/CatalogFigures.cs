namespace Showcase.Listings;

/// <summary>
/// What a portal's statistics count of one catalog entry: the year it belongs to (a case's 实施年份, a title's year of
/// recognition), every province it lies in (a pilot zone may span several), and a case's measured changes.
/// </summary>
[GenerateSerializer, Immutable, Alias("showcase.catalog-figures")]
public sealed record CatalogFigures(
    [property: Id(0)] int? Year,
    [property: Id(1)] IReadOnlyList<string> Provinces,
    [property: Id(2)] IReadOnlyList<MetricChange> Changes)
{
    public static CatalogFigures Of(int? year, string? province) => new(year, province is null ? [] : [province], []);
}

/// <summary>A case's measured change of one indicator, in percent of its value before (生产效率 +35 %, 单位产品能耗 −18 %).</summary>
[GenerateSerializer, Immutable, Alias("showcase.metric-change")]
public sealed record MetricChange(
    [property: Id(0)] string Name,
    [property: Id(1)] string Unit,
    [property: Id(2)] decimal Percent);
