using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Showcase.Common;
using Showcase.Listings;
using Showcase.Tenancy;

namespace Showcase.Bench;

/// <summary>
/// What a page of a catalog listing costs as the catalog grows (issue 24, point 1): a directory grain on a real silo
/// (SQLite) filled with N case entries, then pages asked for one at a time — the first 20 newest, the first 20 of one
/// industry, the next page of that by its cursor, the first by title, and a single entry — p50 and p99 of each, for
/// every size in one run; also the same page just after a change, and when its total is no longer kept; and the statistics
/// tally of the public entries, counted again after a change and kept otherwise. Usage: dotnet run -c Release --project bench/Showcase.Bench -- listings [sizes, e.g. 1000,10000,100000] [rounds]
/// </summary>
public static class ListingBench
{
    public static async Task RunAsync(IReadOnlyList<int> sizes, int rounds)
    {
        using var host = await BenchSilo.StartAsync();
        var grains = host.Services.GetRequiredService<IGrainFactory>();
        Console.WriteLine($"{"entries",8} | {"page",-32} | p50 ms | p99 ms");
        foreach (var size in sizes)
        {
            var directory = grains.GetCatalogDirectory(TenantId.Parse($"list-{size}"), CatalogKind.Case);
            var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
            await FillAsync(directory, size);
            var industry = new CatalogQuery { Industries = [GeneratedCases.Industries[3]] };
            var firstOfIndustry = await directory.ListAsync(industry);
            Console.WriteLine($"{size,8:N0} | {"(managed heap grew by)",-32} | {(GC.GetTotalMemory(forceFullCollection: true) - heapBefore) / 1024.0 / 1024,6:F1} MB");
            var changed = 0;
            Task ChangeOneAsync() => directory.RecordAsync(Entry(changed++ % size, size, version: 2));

            // Enough other filters that the directory no longer keeps the next one's total: it counts it again.
            Task ForgetTotalsAsync() => Task.WhenAll(Enumerable.Range(0, 64).Select(k => directory.ListAsync(new CatalogQuery { TitleContains = $"案例{k:D3}" })));
            var pages = new (string Name, CatalogQuery Query, Func<Task>? Before, int Rounds)[]
            {
                ("first 20, newest", new CatalogQuery(), null, rounds),
                ("first 20 of one industry", industry, null, rounds),
                ("next 20 of it, by cursor", industry with { After = firstOfIndustry.EndCursor }, null, rounds),
                ("the same, just after a change", industry with { After = firstOfIndustry.EndCursor }, ChangeOneAsync, rounds),
                ("the same, its total not kept", industry with { After = firstOfIndustry.EndCursor }, ForgetTotalsAsync, Math.Min(rounds, 20)),
                ("first 20 by title", new CatalogQuery { Sort = CatalogSort.Title }, null, rounds),
                ("first 1", new CatalogQuery { Take = 1 }, null, rounds),
            };
            await TimeAsync("statistics tally, just after a change", () => directory.TallyAsync(), ChangeOneAsync, Math.Min(rounds, 50));
            await TimeAsync("statistics tally, kept", () => directory.TallyAsync(), null, rounds);
            foreach (var (name, query, before, pageRounds) in pages)
            {
                await TimeAsync(name, () => directory.ListAsync(query), before, pageRounds);
            }

            async Task TimeAsync<T>(string name, Func<Task<T>> ask, Func<Task>? before, int pageRounds)
            {
                var times = new List<double>();
                for (var i = 0; i < pageRounds + 5; i++)
                {
                    if (before is not null)
                    {
                        await before();
                    }

                    var started = Stopwatch.GetTimestamp();
                    await ask();
                    if (i >= 5)
                    {
                        times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    }
                }

                Console.WriteLine($"{size,8:N0} | {name,-32} | {Percentiles.Of(times, 50),6:F2} | {Percentiles.Of(times, 99),6:F2}");
            }
        }

        await host.StopAsync();
    }

    private static async Task FillAsync(ICatalogDirectoryGrain directory, int size)
    {
        for (var batch = 0; batch < size; batch += 1_000)
        {
            // As an import does: one stored pending mark for the batch, then the entries are written behind.
            await directory.MarkPendingManyAsync(Enumerable.Range(batch, Math.Min(1_000, size - batch)).Select(i => EntityId.Parse($"c{i}")).ToArray());
            await Task.WhenAll(Enumerable.Range(batch, Math.Min(1_000, size - batch)).Select(i => directory.RecordAsync(Entry(i, size, version: 1))));
        }
    }

    /// <summary>The i-th generated entry of a catalog of <paramref name="size"/>; the same dates for every version.</summary>
    private static CatalogEntry Entry(int i, int size, int version)
    {
        var at = DateTimeOffset.Parse("2020-01-01T00:00:00+08:00").AddMinutes(new Random(size * 31 + i).Next(3_000_000));
        var tags = new CatalogTags(GeneratedCases.Provinces[i % GeneratedCases.Provinces.Length], null,
            [GeneratedCases.Industries[i % GeneratedCases.Industries.Length]], [GeneratedCases.Domains[i % GeneratedCases.Domains.Length]],
            [GeneratedCases.Technologies[i % GeneratedCases.Technologies.Length]], [], null, null);
        var figures = new CatalogFigures(2015 + i % 11, [tags.Province!],
            [new MetricChange("生产效率", "%", 10 + i % 40), new MetricChange("运营成本", "万元/年", -(5 + i % 30)), new MetricChange("产品不良率", "%", -(20 + i % 50))]);
        return new CatalogEntry(CatalogKind.Case, EntityId.Parse($"c{i}"), $"案例{i:D6}", $"示例企业{i % 311}", "published", true,
            Owner.Nobody, tags, [], null, at, at, version, Figures: figures);
    }
}
