using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;

namespace Showcase.Bench;

/// <summary>
/// The host's memory (issue 24, point 4), as the operating system sees it: the Release host as its own process (its own
/// runtime settings, Server GC), on a fresh data folder with the demo portal. Its resident set size is read from
/// <c>/proc</c> when ready, after a curator imports <c>rows</c> published cases through GraphQL, every 30 s of
/// <c>minutes</c> of mixed load (list, search and case pages, GraphQL lists and searches, over every imported case),
/// and after three idle minutes, when idle grains have been collected.
/// Usage: dotnet run -c Release --project bench/Showcase.Bench -- memory [rows] [minutes] [connections]
/// </summary>
public static class MemoryBench
{
    private static readonly string[] Words = ["焊接", "数字孪生", "预测性维护", "能耗", "AGV", "质量追溯", "机器视觉", "设备健康管理"];

    public static async Task RunAsync(int rows, double minutes, int connections)
    {
        ReleaseHost.Build();
        var data = ReleaseHost.NewDataFolder("memory");
        var host = ReleaseHost.Start(data, new Dictionary<string, string>
        {
            ["Showcase__RateLimits__PerUserPerMinute"] = "100000000",
            ["Showcase__RateLimits__PerTenantPerMinute"] = "100000000",
            // The file goes through GraphQL as base64, beyond the 2 MB a GraphQL request may have by default.
            ["Showcase__GraphQL__MaxRequestBytes"] = (64 * 1024 * 1024).ToString(),
        });
        try
        {
            var http = host.Http;
            await host.UntilReadyAsync();
            await DemoGraphQL.UntilSeededAsync(http);

            Report(host, "ready, demo portal seeded");
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await DemoGraphQL.CuratorTokenAsync(http));
            var ids = await ImportAsync(http, rows);
            Report(host, $"after importing {rows} cases");
            http.DefaultRequestHeaders.Authorization = null;

            var until = Stopwatch.GetTimestamp() + (long)(minutes * 60 * Stopwatch.Frequency);
            var requests = 0;
            var load = Enumerable.Range(0, connections).Select(c => Task.Run(async () =>
            {
                var random = new Random(c);
                while (Stopwatch.GetTimestamp() < until)
                {
                    using var response = await SendAsync(http, random, ids);
                    await response.Content.ReadAsByteArrayAsync();
                    Interlocked.Increment(ref requests);
                }
            })).ToArray();
            while (!Task.WaitAll(load, TimeSpan.FromSeconds(30)))
            {
                Report(host, $"under load, {requests} requests so far");
            }

            await Task.WhenAll(load);
            Report(host, $"after {minutes} min of mixed load ({requests} requests)");
            await Task.Delay(TimeSpan.FromMinutes(3));
            Report(host, "after 3 idle minutes");
        }
        finally
        {
            await host.DisposeAsync();
            Directory.Delete(data, recursive: true);
        }
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient http, Random random, IReadOnlyList<string> ids)
    {
        var word = Uri.EscapeDataString(Words[random.Next(Words.Length)]);
        return random.Next(6) switch
        {
            0 => http.GetAsync($"/t/demo/cases/{ids[random.Next(ids.Count)]}"),
            1 => http.GetAsync($"/t/demo/search?q={word}"),
            2 => http.GetAsync($"/t/demo/cases?page={1 + random.Next(50)}"),
            3 => http.PostAsJsonAsync("/t/demo/graphql", new { query = "query($q: String) { search(query: $q, first: 10) { total hits { id titleHtml } facets { dimension values { value count } } } }", variables = new { q = Words[random.Next(Words.Length)] } }),
            4 => http.PostAsJsonAsync("/t/demo/graphql", new { query = "{ cases(first: 20, sort: TITLE) { items { id title subtitle } totalCount } }" }),
            _ => http.PostAsJsonAsync("/t/demo/graphql", new { query = "query($id: ID!) { case(id: $id) { title summary body metrics { name before after } } }", variables = new { id = ids[random.Next(ids.Count)] } }),
        };
    }

    /// <summary>Imports the rows through GraphQL as the curator and returns the ids the rows got.</summary>
    private static async Task<IReadOnlyList<string>> ImportAsync(HttpClient http, int rows)
    {
        var content = ImportBench.File(rows, "MEMORY", csv: true);
        var started = (await DemoGraphQL.DataAsync(http, "mutation($file: String!) { importCatalog(kind: CASE, fileName: \"cases.csv\", contentBase64: $file, publish: true) { id } }",
            new { file = Convert.ToBase64String(content) })).GetProperty("importCatalog").GetProperty("id").GetString();
        while (true)
        {
            var job = (await DemoGraphQL.DataAsync(http, "query($id: ID!) { importJob(id: $id) { state written } }", new { id = started })).GetProperty("importJob");
            if (job.GetProperty("state").GetString() is "DONE")
            {
                break;
            }

            if (job.GetProperty("state").GetString() is "REFUSED" or "FAILED")
            {
                throw new InvalidOperationException($"The import ended {job}.");
            }

            await Task.Delay(500);
        }

        var fileKey = Convert.ToHexStringLower(SHA256.HashData(content))[..10];
        return Enumerable.Range(2, rows).Select(row => $"imp-{fileKey}-{row}").ToArray();
    }

    private static void Report(ReleaseHost host, string when) =>
        Console.WriteLine($"{DateTime.Now:HH:mm:ss} RSS {host.ResidentMegabytes,5} MB  {when}");
}
