using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Showcase.Audit;
using Showcase.Cases;
using Showcase.Common;
using Showcase.Listings;
using Showcase.Tenancy;

namespace Showcase.Bench;

/// <summary>
/// How soon the catalog's search follows a change (issue 5's promise: within a second), on the real host with the
/// demo portfolio: a case published through its grain until the search finds it, then withdrawn until it is gone.
/// Usage: dotnet run -c Release --project bench/Showcase.Bench -- freshness [rounds]
/// </summary>
public static class FreshnessBench
{
    private const string Search = "query($q: String) { search(query: $q, first: 5) { hits { id } } }";
    private static readonly Actor Curator = new("bench", "基准测试");

    public static async Task RunAsync(int rounds)
    {
        await using var host = await BenchHost.StartAsync(seedDemo: true);
        await DemoGraphQL.UntilSeededAsync(host.Http);
        var grains = host.Services.GetRequiredService<IGrainFactory>();

        var published = new List<double>();
        var withdrawn = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            var word = $"鲜度{round:000}号线";
            var grain = grains.GetCase(new CatalogKey(TenantId.Parse("demo"), EntityId.Parse($"fresh-{round}")));
            await grain.CreateDraftAsync(Case(word), Owner.Nobody, Curator);

            var clock = Stopwatch.StartNew();
            await grain.PublishAsync(Curator);
            await UntilAsync(host.Http, word, found: true);
            published.Add(clock.Elapsed.TotalMilliseconds);

            clock.Restart();
            await grain.WithdrawAsync("基准测试撤回", Curator);
            await UntilAsync(host.Http, word, found: false);
            withdrawn.Add(clock.Elapsed.TotalMilliseconds);
        }

        Console.WriteLine($"{rounds} rounds, polling the search every 5 ms | p50 ms | p99 ms | max ms");
        Console.WriteLine($"published → found                            | {Percentiles.Of(published, 50),6:F0} | {Percentiles.Of(published, 99),6:F0} | {published.Max(),6:F0}");
        Console.WriteLine($"withdrawn → gone                             | {Percentiles.Of(withdrawn, 50),6:F0} | {Percentiles.Of(withdrawn, 99),6:F0} | {withdrawn.Max(),6:F0}");
    }

    private static CaseContent Case(string word) => new()
    {
        Title = $"焊装车间{word}焊点视觉检测",
        Summary = "用机器视觉在线检测焊点质量。",
        Body = "在焊装车间部署工业相机和边缘计算设备，对每一个焊点在线检测，缺陷数据实时回传质量管理系统，形成闭环改进，返修率明显下降。",
        Organisation = "示例汽车有限公司",
        Province = "32",
        Industries = ["automotive"],
        Domains = ["quality"],
        Technologies = ["ai"],
        Year = 2025,
        Metrics = [new CaseMetric("焊点缺陷率", "%", 1.2m, 0.3m)],
    };

    private static async Task UntilAsync(HttpClient http, string word, bool found)
    {
        var waiting = Stopwatch.StartNew();
        while ((await DemoGraphQL.DataAsync(http, Search, new { q = word })).GetProperty("search").GetProperty("hits").GetArrayLength() > 0 != found)
        {
            if (waiting.Elapsed > TimeSpan.FromMinutes(1))
            {
                throw new TimeoutException($"the search did not follow “{word}” within a minute");
            }

            await Task.Delay(5);
        }
    }
}
