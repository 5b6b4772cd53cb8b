using System.Diagnostics;
using Showcase.Catalog.Search;

namespace Showcase.Bench;

/// <summary>
/// Search (issues 5 and 22): index build time and memory; per query shape, with four facets, the latency of a query's
/// first run on a freshly opened index (nothing of it seen yet) and of repeated runs, and the ratio to a plain scan of
/// the same documents; then a stream of distinct queries made of the catalog's words, as people type them.
/// </summary>
internal static class SearchBench
{
    private const string Tenant = "bench";
    private static readonly string[] Facets = [SearchFacets.Industry, SearchFacets.Domain, SearchFacets.Province, SearchFacets.Year];

    private static readonly (string Shape, string[] Queries)[] Shapes =
    [
        ("1 character", ["焊", "釜", "窑", "孪", "灌"]),
        ("2 characters", ["焊点", "能源", "追溯", "轧机", "物流"]),
        ("4 characters", ["数字孪生", "质量追溯", "机器视觉", "远程运维", "能源计量"]),
        ("multi-term + synonyms", ["焊接 质量", "高炉 预测性维护", "AGV 物流", "MES 追溯", "数字孪生 装配"]),
        ("very common word", ["生产", "提升"]),
    ];

    public static async Task RunAsync(int count, int rounds)
    {
        var documents = GeneratedCases.Create(Tenant, count).ToArray();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var folder = Path.Combine(Path.GetTempPath(), "showcase-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            var index = LuceneSearchIndex.Open(folder);
            var build = Stopwatch.StartNew();
            foreach (var batch in documents.Chunk(5_000))
            {
                await index.IndexAsync(batch);
            }

            build.Stop();
            await index.DisposeAsync();
            var after = GC.GetTotalMemory(forceFullCollection: true);
            var onDisk = new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
            Console.WriteLine($"documents {count:N0}; index build {build.Elapsed.TotalSeconds:F1} s; managed heap +{(after - before) / 1024 / 1024} MB; index on disk {onDisk / 1024 / 1024} MB");

            var preparing = Stopwatch.StartNew();
            await using (var prepared = await OpenWarmAsync(folder, prepare: true))
            {
                Console.WriteLine($"preparing the thesaurus's words on open: {preparing.Elapsed.TotalSeconds:F1} s in the background; match sets {prepared.MatchSetBytes / 1024 / 1024} MB");
            }

            Console.WriteLine("shape                  | first run mean / max ms, unprepared | prepared | p50 ms | p99 ms | p50 ms without facets | hits (first query) | scan p50 ms | scan / index p50");
            foreach (var (shape, queries) in Shapes)
            {
                var unprepared = await FirstRunsAsync(folder, queries, prepare: false);
                var first = await FirstRunsAsync(folder, queries, prepare: true);
                await using var fresh = await OpenWarmAsync(folder, prepare: false);
                var total = (await fresh.SearchAsync(Request(queries[0]))).Total;
                var times = await RepeatAsync(fresh, queries, rounds, q => Request(q));
                var bare = await RepeatAsync(fresh, queries, rounds, q => Request(q) with { FacetDimensions = [] });
                var scans = new List<double>();
                for (var i = 0; i < Math.Min(rounds, 20); i++)
                {
                    var started = Stopwatch.GetTimestamp();
                    Scan(documents, queries[i % queries.Length]);
                    scans.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }

                Console.WriteLine($"{shape,-22} | {unprepared.Average(),18:F2} / {unprepared.Max(),6:F2} | {first.Average(),4:F2} / {first.Max(),5:F2} | {Percentiles.Of(times, 50),6:F2} | {Percentiles.Of(times, 99),6:F2} | {Percentiles.Of(bare, 50),21:F2} | {total,18:N0} | {Percentiles.Of(scans, 50),11:F1} | {Percentiles.Of(scans, 50) / Percentiles.Of(times, 50),8:F0}×");
            }

            await StreamAsync(folder, rounds * 10);
            Console.WriteLine($"process working set {Environment.WorkingSet / 1024 / 1024} MB");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>
    /// Distinct queries of one to three of the catalog's words, the words drawn with a skewed (Zipf) frequency the way a
    /// portal's visitors repeat its popular words, on a freshly opened, prepared index: every run counts, the first ones too.
    /// </summary>
    private static async Task StreamAsync(string folder, int queries)
    {
        var words = GeneratedCases.Words;
        var random = new Random(22);
        string Word() => words[(int)Math.Min(words.Count - 1, Math.Floor(Math.Pow(random.NextDouble(), 2.5) * words.Count))];
        var stream = Enumerable.Range(0, queries * 3).Select(_ => string.Join(' ', Enumerable.Range(0, 1 + random.Next(3)).Select(_ => Word())))
            .Distinct().Take(queries).ToArray();

        await using var fresh = await OpenWarmAsync(folder, prepare: true);
        var times = new List<double>();
        foreach (var query in stream)
        {
            times.Add(await TimeAsync(fresh, Request(query)));
        }

        var late = times.Skip(times.Count / 2).ToList();
        Console.WriteLine($"stream of {stream.Length:N0} distinct queries over {words.Count} words: p50 {Percentiles.Of(times, 50):F2} ms, p99 {Percentiles.Of(times, 99):F2} ms, max {times.Max():F1} ms; second half p50 {Percentiles.Of(late, 50):F2} ms, p99 {Percentiles.Of(late, 99):F2} ms");
    }

    /// <summary>
    /// The index opened anew (so nothing of a query is kept), after one search of words no shape uses; prepared, once the
    /// thesaurus's words are (what a host serves a few seconds after it starts).
    /// </summary>
    private static async Task<LuceneSearchIndex> OpenWarmAsync(string folder, bool prepare)
    {
        var index = LuceneSearchIndex.Open(folder, prepare: prepare);
        await index.Prepared;
        await index.SearchAsync(Request("示例企业"));
        return index;
    }

    /// <summary>Each query's first run on a freshly opened index.</summary>
    private static async Task<List<double>> FirstRunsAsync(string folder, string[] queries, bool prepare)
    {
        await using var fresh = await OpenWarmAsync(folder, prepare);
        var times = new List<double>();
        foreach (var query in queries)
        {
            times.Add(await TimeAsync(fresh, Request(query)));
        }

        return times;
    }

    private static async Task<List<double>> RepeatAsync(LuceneSearchIndex index, string[] queries, int rounds, Func<string, SearchRequest> request)
    {
        for (var i = 0; i < 100; i++)
        {
            await index.SearchAsync(request(queries[i % queries.Length]));
        }

        var times = new List<double>();
        for (var i = 0; i < rounds; i++)
        {
            times.Add(await TimeAsync(index, request(queries[i % queries.Length])));
        }

        return times;
    }

    private static async Task<double> TimeAsync(LuceneSearchIndex index, SearchRequest request)
    {
        var started = Stopwatch.GetTimestamp();
        await index.SearchAsync(request);
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }

    private static SearchRequest Request(string query) => new(Tenant, query) { FacetDimensions = Facets, Take = 20 };

    // The plain alternative: substring match of every word over title and text, with the same facet counts.
    private static int Scan(SearchDocument[] documents, string query)
    {
        var words = query.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var counts = new Dictionary<string, int>();
        var hits = 0;
        foreach (var document in documents)
        {
            if (words.All(w => document.Title.Contains(w, StringComparison.OrdinalIgnoreCase) || document.Text.Contains(w, StringComparison.OrdinalIgnoreCase)))
            {
                hits++;
                foreach (var value in document.Facets.Where(f => f.Key != SearchFacets.Kind).SelectMany(f => f.Value))
                {
                    counts[value] = counts.GetValueOrDefault(value) + 1;
                }
            }
        }

        return hits;
    }
}
