using System.Diagnostics;
using Showcase.Catalog.Matching;

namespace Showcase.Bench;

/// <summary>Matching latency for one challenge over many providers (issue 6 target: ≤ 50 ms for 10,000).</summary>
public static class MatchingBench
{
    public static void Run(int providers, int rounds)
    {
        var random = new Random(7);
        string[] Some(string[] from, int most) => from.OrderBy(_ => random.Next()).Take(random.Next(1, most + 1)).ToArray();
        var roster = Enumerable.Range(0, providers)
            .Select(i => new MatchProvider($"p{i}", $"供应商{i}", GeneratedCases.Provinces[random.Next(GeneratedCases.Provinces.Length)],
                Some(GeneratedCases.Industries, 3), Some(GeneratedCases.Domains, 3), Some(GeneratedCases.Technologies, 4)))
            .ToArray();
        var cases = Enumerable.Range(0, providers * 5)
            .Select(i => new MatchCase($"c{i}", $"案例{i}", Some(GeneratedCases.Industries, 1), Some(GeneratedCases.Domains, 2), Some(GeneratedCases.Technologies, 3),
                [$"p{random.Next(providers)}"]))
            .ToArray();
        var targets = Enumerable.Range(0, 50)
            .Select(_ => new MatchTarget(GeneratedCases.Industries[random.Next(GeneratedCases.Industries.Length)], GeneratedCases.Domains[random.Next(GeneratedCases.Domains.Length)],
                Some(GeneratedCases.Technologies, 3), GeneratedCases.Provinces[random.Next(GeneratedCases.Provinces.Length)]))
            .ToArray();

        var built = Stopwatch.StartNew();
        var matcher = new ProviderMatcher(roster, cases);
        var buildMs = built.Elapsed.TotalMilliseconds;
        for (var i = 0; i < 20; i++)
        {
            matcher.Rank(targets[i % targets.Length], 20);
        }

        var times = new List<double>();
        for (var i = 0; i < rounds; i++)
        {
            var started = Stopwatch.GetTimestamp();
            matcher.Rank(targets[i % targets.Length], 20);
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        Console.WriteLine($"matching: {providers:N0} providers, {cases.Length:N0} delivered cases; roster built in {buildMs:F1} ms; " +
            $"one challenge, top 20 with explanations: p50 {Percentiles.Of(times, 50):F2} ms, p99 {Percentiles.Of(times, 99):F2} ms");
    }
}
