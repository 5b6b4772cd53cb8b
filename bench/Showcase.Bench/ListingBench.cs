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
/// every size in one run. Usage: dotnet run -c Release --project bench/Showcase.Bench -- listings [sizes, e.g. 1000,10000,100000] [rounds]
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
            await FillAsync(directory, size);
            var industry = new CatalogQuery { Industries = [GeneratedCases.Industries[3]] };
            var firstOfIndustry = await directory.ListAsync(industry);
            var pages = new (string Name, CatalogQuery Query)[]
            {
                ("first 20, newest", new CatalogQuery()),
                ("first 20 of one industry", industry),
                ("next 20 of it, by cursor", industry with { After = firstOfIndustry.EndCursor }),
                ("first 20 by title", new CatalogQuery { Sort = CatalogSort.Title }),
                ("first 1", new CatalogQuery { Take = 1 }),
            };
            foreach (var (name, query) in pages)
            {
                var times = new List<double>();
                for (var i = 0; i < rounds + 5; i++)
                {
                    var started = Stopwatch.GetTimestamp();
                    await directory.ListAsync(query);
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
        var start = DateTimeOffset.Parse("2020-01-01T00:00:00+08:00");
        var random = new Random(size);
        for (var batch = 0; batch < size; batch += 1_000)
        {
            // As an import does: one stored pending mark for the batch, then the entries are written behind.
            await directory.MarkPendingManyAsync(Enumerable.Range(batch, Math.Min(1_000, size - batch)).Select(i => EntityId.Parse($"c{i}")).ToArray());
            await Task.WhenAll(Enumerable.Range(batch, Math.Min(1_000, size - batch)).Select(i =>
            {
                var at = start.AddMinutes(random.Next(3_000_000));
                var tags = new CatalogTags(GeneratedCases.Provinces[i % GeneratedCases.Provinces.Length], null,
                    [GeneratedCases.Industries[i % GeneratedCases.Industries.Length]], [GeneratedCases.Domains[i % GeneratedCases.Domains.Length]],
                    [GeneratedCases.Technologies[i % GeneratedCases.Technologies.Length]], [], null, null);
                return directory.RecordAsync(new CatalogEntry(CatalogKind.Case, EntityId.Parse($"c{i}"), $"案例{i:D6}", $"示例企业{i % 311}", "published", true,
                    Owner.Nobody, tags, [], null, at, at, 1));
            }));
        }
    }
}
