using System.Diagnostics;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Showcase.Api.Transfers;
using Showcase.Audit;
using Showcase.Catalog.Spreadsheets;
using Showcase.Common;
using Showcase.Listings;
using Showcase.Reference;
using Showcase.Tenancy;

namespace Showcase.Bench;

/// <summary>
/// Matching through GraphQL on the real host (issue 24, point 5): the demo portal with <c>providers</c> listed
/// providers (imported), the demo challenge's <c>challengeMatches(first: 20)</c> asked by a curator one at a time, beside
/// the same challenge's title through GraphQL (what the request costs without matching). Then one provider changes,
/// which makes the next match rebuild its roster, and the warm figures are taken again.
/// Usage: dotnet run -c Release --project bench/Showcase.Bench -- match-load [providers] [rounds]
/// </summary>
public static class MatchLoadBench
{
    private const string Matches = "{ challengeMatches(id: \"demo-weld-inspection-task\", first: 20) { provider score } }";
    private const string Title = "{ challenge(id: \"demo-weld-inspection-task\") { title } }";

    public static async Task RunAsync(int providers, int rounds)
    {
        await using var host = await BenchHost.StartAsync(seedDemo: true);
        await DemoGraphQL.UntilSeededAsync(host.Http);
        var http = host.Http;
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await DemoGraphQL.CuratorTokenAsync(http));
        await ImportAsync(host, providers, "P");

        Console.WriteLine($"{providers:N0} listed providers, one at a time             | first ms | p50 ms | p99 ms");
        await MeasureAsync(http, "challenge title (no matching)", Title, rounds);
        await MeasureAsync(http, "challengeMatches top 20", Matches, rounds);
        await ImportAsync(host, 1, "Q");
        await MeasureAsync(http, "challengeMatches after a provider changed", Matches, rounds);
    }

    private static async Task MeasureAsync(HttpClient http, string name, string query, int rounds)
    {
        var first = Stopwatch.StartNew();
        await DemoGraphQL.DataAsync(http, query);
        var firstMs = first.Elapsed.TotalMilliseconds;

        var times = new List<double>(rounds);
        for (var i = 0; i < rounds; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await DemoGraphQL.DataAsync(http, query);
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        Console.WriteLine($"{name,-57} | {firstMs,8:F1} | {Percentiles.Of(times, 50),6:F2} | {Percentiles.Of(times, 99),6:F2}");
    }

    /// <summary>Imports listed providers whose capabilities spread over the industries, domains and technologies.</summary>
    private static async Task ImportAsync(BenchHost host, int count, string tag)
    {
        var industries = ReferenceData.Industries.Terms;
        var domains = ReferenceData.Domains.Terms;
        var technologies = ReferenceData.Technologies.Terms;
        var provinces = ReferenceData.Provinces.Terms;
        var kind = ReferenceData.ApplicantKinds.Terms[0].Code;
        var columns = new ProviderSheet().ImportColumns.Select(c => c.Header).ToArray();
        var rows = Enumerable.Range(0, count).Select(i => (IReadOnlyList<object?>)columns.Select(column => (object?)(column switch
        {
            "供应商名称" => $"示例智能制造解决方案供应商{tag}{i}有限公司",
            "主体类型" => kind,
            "省份" => provinces[i % provinces.Count].Code,
            "简介" => "面向离散与流程制造企业提供设备联网、机器视觉质检和数字孪生服务，累计服务上百家工厂。",
            "能力" => string.Join("\n", Enumerable.Range(0, 1 + i % 3).Select(k =>
                $"{industries[(i + k) % industries.Count].Code}/{domains[(i / 3 + k) % domains.Count].Code}：{technologies[(i + 2 * k) % technologies.Count].Code}")),
            _ => null,
        })).ToArray()).ToList();
        using var stream = new MemoryStream();
        CsvTable.Write(stream, columns, rows);

        await ImportBench.RunAsync(host.Services.GetRequiredService<ImportJobs>(),
            new ImportRequest(TenantId.Parse("demo"), CatalogKind.Provider, "providers.csv", stream.ToArray(), true, Owner.Nobody, Actor.System));
    }
}
