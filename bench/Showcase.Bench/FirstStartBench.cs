using System.Diagnostics;

namespace Showcase.Bench;

/// <summary>
/// How long the Release host takes from process start to <c>/health/ready</c> (issue 24, point 6): on an empty data
/// folder (the demo portal is seeded before the host listens), then again on the data it left. Each variant (runtime
/// settings as <c>NAME=VALUE[,NAME=VALUE]</c>) runs in turn with the plain host, round after round, so they are compared
/// side by side on the same busy machine.
/// Usage: dotnet run -c Release --project bench/Showcase.Bench -- first-start [rounds 5] [variants…]
/// </summary>
public static class FirstStartBench
{
    public static async Task RunAsync(int rounds, IReadOnlyList<string> variants)
    {
        ReleaseHost.Build();
        var configurations = variants.Select(v => (Name: v, Settings: Settings(v))).Prepend((Name: "as shipped", Settings: new Dictionary<string, string>())).ToArray();
        var times = configurations.ToDictionary(c => c.Name, _ => (Empty: new List<double>(), Existing: new List<double>()));
        for (var round = 1; round <= rounds; round++)
        {
            foreach (var (name, settings) in configurations)
            {
                var data = ReleaseHost.NewDataFolder("first-start");
                try
                {
                    var empty = await TimeToReadyAsync(data, settings);
                    await using (var seeded = ReleaseHost.Start(data, settings))
                    {
                        await seeded.UntilReadyAsync();
                        await DemoGraphQL.UntilSeededAsync(seeded.Http);
                    }

                    var existing = await TimeToReadyAsync(data, settings);
                    times[name].Empty.Add(empty);
                    times[name].Existing.Add(existing);
                    Console.WriteLine($"round {round} | {name,-40} | empty folder {empty,6:F2} s | existing data {existing,6:F2} s");
                }
                finally
                {
                    Directory.Delete(data, recursive: true);
                }
            }
        }

        Console.WriteLine();
        Console.WriteLine($"{"median of " + rounds,-48} | empty folder | existing data");
        foreach (var (name, (empty, existing)) in times)
        {
            Console.WriteLine($"{name,-48} | {Percentiles.Of(empty, 50),10:F2} s | {Percentiles.Of(existing, 50),11:F2} s");
        }
    }

    private static async Task<double> TimeToReadyAsync(string data, IReadOnlyDictionary<string, string> settings)
    {
        var started = Stopwatch.StartNew();
        await using var host = ReleaseHost.Start(data, settings);
        await host.UntilReadyAsync();
        return started.Elapsed.TotalSeconds;
    }

    private static Dictionary<string, string> Settings(string variant) =>
        variant.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => s.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
}
