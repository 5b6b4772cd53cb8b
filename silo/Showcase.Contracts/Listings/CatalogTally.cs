namespace Showcase.Listings;

/// <summary>
/// What one kind's public entries add up to: how many in each year, province, industry (a case's 行业, a factory's
/// 行业领域), domain (环节) and, for cases, how each measured indicator changed.
/// </summary>
[GenerateSerializer, Immutable, Alias("showcase.catalog-tally")]
public sealed record CatalogTally(
    [property: Id(0)] int Total,
    [property: Id(1)] IReadOnlyDictionary<int, int> ByYear,
    [property: Id(2)] IReadOnlyDictionary<string, int> ByProvince,
    [property: Id(3)] IReadOnlyDictionary<string, int> ByIndustry,
    [property: Id(4)] IReadOnlyDictionary<string, int> ByDomain,
    [property: Id(5)] IReadOnlyList<MetricSpread> Changes);

/// <summary>
/// How one indicator (by name and unit) changed across the cases of one domain: the five-number summary of the
/// percent changes, over <see cref="Count"/> cases.
/// </summary>
[GenerateSerializer, Immutable, Alias("showcase.metric-spread")]
public sealed record MetricSpread(
    [property: Id(0)] string Domain,
    [property: Id(1)] string Name,
    [property: Id(2)] string Unit,
    [property: Id(3)] int Count,
    [property: Id(4)] decimal Min,
    [property: Id(5)] decimal LowerQuartile,
    [property: Id(6)] decimal Median,
    [property: Id(7)] decimal UpperQuartile,
    [property: Id(8)] decimal Max)
{
    /// <summary>The spread of <paramref name="changes"/> (at least one), quartiles interpolated between neighbours.</summary>
    public static MetricSpread Of(string domain, string name, string unit, IEnumerable<decimal> changes)
    {
        var sorted = changes.Order().ToArray();
        return new MetricSpread(domain, name, unit, sorted.Length, sorted[0], Quantile(sorted, 0.25m), Quantile(sorted, 0.5m), Quantile(sorted, 0.75m), sorted[^1]);
    }

    private static decimal Quantile(decimal[] sorted, decimal q)
    {
        var at = (sorted.Length - 1) * q;
        var below = (int)Math.Floor(at);
        var above = Math.Min(below + 1, sorted.Length - 1);
        return Math.Round(sorted[below] + (sorted[above] - sorted[below]) * (at - below), 1);
    }
}
