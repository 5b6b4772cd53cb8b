using System.Diagnostics;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Showcase.Api.Listings;
using Showcase.Listings;

namespace Showcase.Bench;

/// <summary>
/// What the GraphQL layer costs (issue 24, point 2), on the real host with the demo portfolio, side by side in one run:
/// the cases list through GraphQL with its document cached (the same text every time) and parsed and validated anew
/// (a comment makes every text new), beside a minimal endpoint answering the same JSON from the same service; and a
/// search through GraphQL beside the HTML search page of the same query. One request at a time (p50, p99), then at
/// <c>connections</c> concurrent connections (requests/s, p50, p99); the kinds take turns, round after round, so a
/// busy moment of the machine falls on all of them.
/// Usage: dotnet run -c Release --project bench/Showcase.Bench -- graphql-load [seconds per kind] [connections]
/// </summary>
public static class GraphQLLoadBench
{
    private const string Listing = "query($n: Int!) { cases(first: $n) { items { id title } totalCount } }";
    private const string Search = "query($q: String) { search(query: $q, first: 10) { total hits { kind id titleHtml snippetHtml } facets { dimension values { value count } } } }";

    public static async Task RunAsync(int seconds, int connections)
    {
        await using var host = await BenchHost.StartAsync(seedDemo: true, map: app => app.MapGet("/t/{tenant}/bench/cases", async (CatalogAccess catalog) =>
        {
            var page = await catalog.ListAsync(CatalogKind.Case, new CatalogQuery { Take = 20 });
            return Results.Json(new { data = new { cases = new { items = page.Items.Select(e => new { id = e.Id.Value, title = e.Title }), totalCount = page.TotalCount } } });
        }));
        var http = host.Http;
        await DemoGraphQL.UntilSeededAsync(host.Http);

        var unique = 0;
        var kinds = new (string Name, Func<HttpClient, Task<HttpResponseMessage>> Send)[]
        {
            ("cases: minimal endpoint, same JSON", h => h.GetAsync("/t/demo/bench/cases")),
            ("cases: GraphQL, document cached", h => h.PostAsJsonAsync("/t/demo/graphql", new { query = Listing, variables = new { n = 20 } })),
            ("cases: GraphQL, parsed + validated", h => h.PostAsJsonAsync("/t/demo/graphql", new { query = $"{Listing} # {Interlocked.Increment(ref unique)}", variables = new { n = 20 } })),
            ("search 焊接: HTML page", h => h.GetAsync("/t/demo/search?q=%E7%84%8A%E6%8E%A5")),
            ("search 焊接: GraphQL, document cached", h => h.PostAsJsonAsync("/t/demo/graphql", new { query = Search, variables = new { q = "焊接" } })),
        };

        foreach (var (_, send) in kinds)
        {
            for (var i = 0; i < 50; i++)
            {
                (await send(http)).EnsureSuccessStatusCode();
            }
        }

        Console.WriteLine($"one at a time, {seconds} s per kind in 5 turns   | p50 ms | p99 ms");
        var single = kinds.ToDictionary(k => k.Name, _ => new List<double>());
        for (var turn = 0; turn < 5; turn++)
        {
            foreach (var (name, send) in kinds)
            {
                single[name].AddRange(await LoadAsync(http, send, 1, TimeSpan.FromSeconds(seconds / 5.0)));
            }
        }

        foreach (var (name, times) in single)
        {
            Console.WriteLine($"{name,-45} | {Percentiles.Of(times, 50),6:F2} | {Percentiles.Of(times, 99),6:F2}");
        }

        Console.WriteLine($"{connections} connections, {seconds} s per kind in 5 turns | req/s | p50 ms | p99 ms");
        var loaded = kinds.ToDictionary(k => k.Name, _ => new List<double>());
        for (var turn = 0; turn < 5; turn++)
        {
            foreach (var (name, send) in kinds)
            {
                loaded[name].AddRange(await LoadAsync(http, send, connections, TimeSpan.FromSeconds(seconds / 5.0)));
            }
        }

        foreach (var (name, times) in loaded)
        {
            Console.WriteLine($"{name,-45} | {times.Count / (double)seconds,7:F0} | {Percentiles.Of(times, 50),6:F2} | {Percentiles.Of(times, 99),6:F2}");
        }
    }

    /// <summary>Sends from <paramref name="connections"/> loops for the duration; returns every request's milliseconds.</summary>
    private static async Task<List<double>> LoadAsync(HttpClient http, Func<HttpClient, Task<HttpResponseMessage>> send, int connections, TimeSpan duration)
    {
        var until = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var loops = Enumerable.Range(0, connections).Select(_ => Task.Run(async () =>
        {
            var times = new List<double>();
            while (Stopwatch.GetTimestamp() < until)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await send(http);
                await response.Content.ReadAsByteArrayAsync();
                response.EnsureSuccessStatusCode();
                times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }

            return times;
        }));
        return (await Task.WhenAll(loops)).SelectMany(t => t).ToList();
    }
}
