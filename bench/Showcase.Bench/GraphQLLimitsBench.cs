using System.Diagnostics;
using System.Net.Http.Json;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;
using Showcase.Api.GraphQL;

namespace Showcase.Bench;

/// <summary>
/// GraphQL document limits (issue 19), on the real host (Production settings, SQLite, Kestrel on loopback): the time
/// to answer documents of repeated fields, depth bombs, and accepted documents of growing size, over HTTP; and, side
/// by side, what GraphQL.NET's executer alone (no limits before validation) spends on the same repeated fields.
/// Reports medians of the rounds. Usage: dotnet run -c Release --project bench/Showcase.Bench -- graphql [rounds]
/// </summary>
public static class GraphQLLimitsBench
{
    public static async Task RunAsync(int rounds)
    {
        await using var host = await BenchHost.StartAsync();
        var http = host.Http;

        Console.WriteLine("document                                   | bytes     | answer                    | p50 ms");
        foreach (var n in new[] { 500, 5_000, 50_000, 500_000 })
        {
            await ReportAsync(http, $"{n:N0} repeated fields", "{ " + Repeat("__typename ", n) + "}", rounds);
        }

        await ReportAsync(http, "3,000 nested inline fragments", "{ " + Repeat("... on Query { ", 3_000) + "__typename" + Repeat(" }", 3_000) + " }", rounds);
        await ReportAsync(http, "list literal 5,000 deep", "{ search(query: " + new string('[', 5_000) + new string(']', 5_000) + ") { total } }", rounds);
        await ReportAsync(http, "20 nested inline fragments", "{ " + Repeat("... on Query { ", 20) + "__typename" + Repeat(" }", 20) + " }", rounds);
        foreach (var sets in new[] { 5, 10, 20, 40 })
        {
            var query = "{ " + string.Concat(Enumerable.Range(0, sets).Select(i => $"a{i}: tenant {{ {Repeat("id ", 99)}}} ")) + "}";
            await ReportAsync(http, $"accepted: {sets * 100:N0} fields in {sets} sets", query, rounds);
        }

        // The same repeated fields straight to GraphQL.NET's executer (parse, validate, execute) with no limits before it.
        var executer = host.Services.GetRequiredService<IDocumentExecuter<ShowcaseSchema>>();
        Console.WriteLine("executer alone, no limits before validation | fields | p50 ms");
        foreach (var n in new[] { 500, 1_000, 2_000, 4_000 })
        {
            var query = "{ " + Repeat("__typename ", n) + "}";
            var times = new List<double>();
            for (var i = 0; i < Math.Max(1, rounds / 4); i++)
            {
                using var scope = host.Services.CreateScope();
                var started = Stopwatch.GetTimestamp();
                await executer.ExecuteAsync(new ExecutionOptions { Query = query, RequestServices = scope.ServiceProvider });
                times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }

            Console.WriteLine($"{"",-43} | {n,6:N0} | {Median(times),7:F1}");
        }
    }

    private static async Task ReportAsync(HttpClient http, string name, string query, int rounds)
    {
        var times = new List<double>();
        var answer = "";
        for (var i = 0; i < rounds + 1; i++)
        {
            var started = Stopwatch.GetTimestamp();
            using var response = await http.PostAsJsonAsync("/t/demo/graphql", new { query });
            var body = await response.Content.ReadAsStringAsync();
            if (i > 0)
            {
                times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }

            var code = System.Text.RegularExpressions.Regex.Match(body, "\"code\":\"([A-Z_]+)\"");
            answer = $"{(int)response.StatusCode} {(code.Success ? code.Groups[1].Value : "data")}";
        }

        Console.WriteLine($"{name,-42} | {System.Text.Encoding.UTF8.GetByteCount(query),9:N0} | {answer,-25} | {Median(times),7:F1}");
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static string Repeat(string text, int times) => string.Concat(Enumerable.Repeat(text, times));
}
