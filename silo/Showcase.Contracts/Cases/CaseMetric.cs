namespace Showcase.Cases;

/// <summary>A measured benefit (KPI): 生产效率 in %, 单位产品能耗 in 千克标煤/吨, with its value before and after.</summary>
[GenerateSerializer, Immutable, Alias("showcase.case-metric")]
public sealed record CaseMetric(
    [property: Id(0)] string Name,
    [property: Id(1)] string Unit,
    [property: Id(2)] decimal? Before,
    [property: Id(3)] decimal After)
{
    /// <summary>The change from before to after in percent of before, when both are known and before is not zero.</summary>
    public decimal? ChangePercent => Before is { } before && before != 0 ? Math.Round((After - before) / before * 100, 1) : null;
}
