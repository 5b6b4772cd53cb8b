namespace Showcase.Bench;

public static class Percentiles
{
    /// <summary>The nearest-rank percentile (p50, p99…) of timings.</summary>
    public static double Of(IEnumerable<double> values, int percentile)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(percentile / 100.0 * sorted.Length) - 1, 0, sorted.Length - 1)];
    }
}
