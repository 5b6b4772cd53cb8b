using System.Diagnostics;
using Showcase.Bench;
using Showcase.Catalog.Search;

// Search benchmark (issue 5): index build time, query latency by query shape with facets, memory, and the ratio to a
// plain scan of the same documents. Usage: dotnet run -c Release --project bench/Showcase.Bench [documents] [queries]
// Matching (issue 6): ... -- match [providers] [rounds]; collection exports (issue 8): ... -- export [cases] [rounds];
// GraphQL document limits (issue 19): ... -- graphql [rounds]
if (args.FirstOrDefault() == "bids")
{
    // dotnet run -c Release --project bench/Showcase.Bench -- bids [bids] [writers, e.g. 1,8,64] [PostgreSQL connection string]
    await BidBench.RunAsync(
        args.Length > 1 ? int.Parse(args[1]) : 5_000,
        args.Length > 2 ? args[2].Split(',').Select(int.Parse).ToArray() : [32],
        args.Length > 3 ? args[3] : null);
    return;
}

if (args.FirstOrDefault() == "graphql")
{
    // dotnet run -c Release --project bench/Showcase.Bench -- graphql [rounds]
    await GraphQLLimitsBench.RunAsync(args.Length > 1 ? int.Parse(args[1]) : 20);
    return;
}

if (args.FirstOrDefault() == "export")
{
    // dotnet run -c Release --project bench/Showcase.Bench -- export [cases] [rounds]
    await ExportBench.RunAsync(args.Length > 1 ? int.Parse(args[1]) : 200, args.Length > 2 ? int.Parse(args[2]) : 5);
    return;
}

if (args.FirstOrDefault() == "match")
{
    // dotnet run -c Release --project bench/Showcase.Bench -- match [providers] [rounds]
    MatchingBench.Run(args.Length > 1 ? int.Parse(args[1]) : 10_000, args.Length > 2 ? int.Parse(args[2]) : 200);
    return;
}

var count = args.Length > 0 ? int.Parse(args[0]) : 100_000;
var rounds = args.Length > 1 ? int.Parse(args[1]) : 200;
const string tenant = "bench";
string[] facets = [SearchFacets.Industry, SearchFacets.Domain, SearchFacets.Province, SearchFacets.Year];

var documents = GeneratedCases.Create(tenant, count).ToArray();
var before = GC.GetTotalMemory(forceFullCollection: true);
var folder = Path.Combine(Path.GetTempPath(), "showcase-bench-" + Guid.NewGuid().ToString("N"));
var index = LuceneSearchIndex.Open(folder);

var build = Stopwatch.StartNew();
foreach (var batch in documents.Chunk(5_000))
{
    await index.IndexAsync(batch);
}

build.Stop();
var after = GC.GetTotalMemory(forceFullCollection: true);
var onDisk = new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
Console.WriteLine($"documents {count:N0}; index build {build.Elapsed.TotalSeconds:F1} s; managed heap +{(after - before) / 1024 / 1024} MB; index on disk {onDisk / 1024 / 1024} MB; process working set {Environment.WorkingSet / 1024 / 1024} MB");

(string Shape, string[] Queries)[] shapes =
[
    ("1 character", ["焊", "釜", "窑", "孪", "灌"]),
    ("2 characters", ["焊点", "能源", "追溯", "轧机", "物流"]),
    ("4 characters", ["数字孪生", "质量追溯", "机器视觉", "远程运维", "能源计量"]),
    ("multi-term + synonyms", ["焊接 质量", "高炉 预测性维护", "AGV 物流", "MES 追溯", "数字孪生 装配"]),
    ("very common word", ["生产", "提升"]),
];

Console.WriteLine("shape                  | p50 ms | p99 ms | p50 ms without facets | hits (first query) | scan p50 ms | scan / index p50");
foreach (var (shape, queries) in shapes)
{
    for (var i = 0; i < 100; i++)
    {
        await index.SearchAsync(Request(queries[i % queries.Length]));
    }

    var times = new List<double>();
    var total = 0;
    for (var i = 0; i < rounds; i++)
    {
        var started = Stopwatch.GetTimestamp();
        var result = await index.SearchAsync(Request(queries[i % queries.Length]));
        times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        total = i == 0 ? result.Total : total;
    }

    var bare = new List<double>();
    for (var i = 0; i < rounds; i++)
    {
        var started = Stopwatch.GetTimestamp();
        await index.SearchAsync(Request(queries[i % queries.Length]) with { FacetDimensions = [] });
        bare.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    var scans = new List<double>();
    for (var i = 0; i < Math.Min(rounds, 20); i++)
    {
        var started = Stopwatch.GetTimestamp();
        Scan(documents, queries[i % queries.Length]);
        scans.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    Console.WriteLine($"{shape,-22} | {Percentile(times, 50),6:F2} | {Percentile(times, 99),6:F2} | {Percentile(bare, 50),21:F2} | {total,18:N0} | {Percentile(scans, 50),11:F1} | {Percentile(scans, 50) / Percentile(times, 50),8:F0}×");
}

await index.DisposeAsync();
Directory.Delete(folder, recursive: true);
return;

SearchRequest Request(string query) => new(tenant, query) { FacetDimensions = facets, Take = 20 };

static double Percentile(List<double> values, int percentile)
{
    var sorted = values.Order().ToArray();
    return sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(percentile / 100.0 * sorted.Length) - 1)];
}

// The plain alternative: substring match of every word over title and text, with the same facet counts.
static int Scan(SearchDocument[] documents, string query)
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
