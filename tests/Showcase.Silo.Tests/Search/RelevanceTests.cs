using Showcase.Catalog.Search;
using Showcase.Common;
using Showcase.Listings;
using Showcase.Silo.Portfolio;
using Showcase.Silo.Search;
using Showcase.Tenancy;

namespace Showcase.Silo.Tests.Search;

/// <summary>
/// Queries people type, over a fixed corpus (the demo portfolio's published cases, generated from a fixed seed),
/// each judged by the tags of the cases that answer it: the best hit must be one of them, and all of them must be in
/// the first ten (recall@10).
/// </summary>
public sealed class RelevanceTests : IAsyncLifetime
{
    private static readonly TenantId Tenant = TenantId.Parse("relevance");
    private readonly LuceneSearchIndex _index = LuceneSearchIndex.InMemory();
    private readonly DemoPortfolio _portfolio = new();

    /// <summary>(query, domain, industries: null means any).</summary>
    public static TheoryData<string, string, string[]?> Judgements => new()
    {
        { "高炉 预测性维护", "maintenance", ["ferrous-metals"] },
        { "钢铁 远程运维", "maintenance", ["ferrous-metals"] },
        { "热轧板卷 质量检测", "quality", ["ferrous-metals"] },
        { "汽车 机器视觉", "quality", ["automotive"] },
        { "新能源乘用车 数字孪生", "design", ["automotive"] },
        { "空调 智能仓储", "logistics", ["home-appliances"] },
        { "乳制品 供应链", "supply-chain", ["food"] },
        { "卷烟 数字孪生", "design", ["tobacco"] },
        { "回转窑 预测性维护", "maintenance", ["building-materials"] },
        { "印染 能耗", "energy-saving", ["textiles"] },
        { "SMT 柔性生产", "production", ["electronics"] },
        { "贴片机 远程运维", "maintenance", ["electronics"] },
        { "焊接机器人 预测性维护", "maintenance", ["machinery", "shipbuilding"] },
        { "五轴加工中心 运维", "maintenance", ["aerospace"] },
        { "城轨车辆 质量", "quality", ["rail-transit"] },
        { "分段制造 排产", "production", ["shipbuilding"] },
        { "火电 碳排放", "energy-saving", ["electric-power"] },
        { "燃气 安全", "safety", ["heat-and-gas"] },
        { "综采工作面 安全风险", "safety", ["mining"] },
        { "煤炭 经营管理", "operations", ["mining"] },
        { "家具 柔性生产", "production", ["light-industry"] },
        { "口服固体制剂 质量追溯", "quality", ["pharmaceuticals"] },
        { "压片机 远程运维", "maintenance", ["pharmaceuticals"] },
        { "乙烯 供应链协同", "supply-chain", ["petrochemicals"] },
        { "炼化 安全监测", "safety", ["petrochemicals"] },
        { "铜板带箔 数字孪生", "design", ["nonferrous-metals"] },
        { "装配式建筑 AGV", "logistics", ["construction"] },
        { "拖拉机 远程运维", "maintenance", ["agriculture"] },
        { "工业服务 智能决策", "operations", ["services"] },
        { "印制电路板 数字孪生", "design", ["electronics"] },
        { "轨道交通 虚拟仿真", "design", ["rail-transit"] },
        { "钢铁预测性维护", "maintenance", ["ferrous-metals"] },
    };

    public async ValueTask InitializeAsync() =>
        await _index.IndexAsync(_portfolio.Cases.Where(c => c.Publish)
            .Select((c, i) => CatalogSearchDocuments.Case(new CatalogKey(Tenant, c.Id), 1, c.Content, new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero).AddHours(i)))
            .ToArray(), TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync() => await _index.DisposeAsync();

    [Theory]
    [MemberData(nameof(Judgements))]
    public async Task Query_RanksAnAnswerFirst_AndFindsEveryAnswerInTheTopTen(string query, string domain, string[]? industries)
    {
        var answers = _portfolio.Cases
            .Where(c => c.Publish && c.Content.Domains.Contains(domain) && (industries is null || c.Content.Industries.Any(industries.Contains)))
            .Select(c => c.Id.Value)
            .ToHashSet();
        Assert.NotEmpty(answers);

        var result = await _index.SearchAsync(new SearchRequest(Tenant.Value, query) { Take = 10 }, TestContext.Current.CancellationToken);
        var top = result.Hits.Select(h => h.Id).ToArray();

        Assert.True(top.Length > 0 && answers.Contains(top[0]), $"“{query}”: first is {(top.Length > 0 ? Title(top[0]) : "nothing")}; answers: {string.Join("、", answers.Select(Title))}");
        Assert.True(answers.All(top.Contains), $"“{query}”: recall@10 {answers.Count(top.Contains)}/{answers.Count}; top ten: {string.Join("、", top.Select(Title))}");
    }

    /// <summary>Broad queries: many cases answer, and others mention the words in passing; the first ten must all be answers.</summary>
    [Theory]
    [InlineData("预测性维护", "maintenance")]
    [InlineData("远程运维", "maintenance")]
    [InlineData("机器视觉", "quality")]
    [InlineData("数字孪生", "design")]
    [InlineData("智能排产", "production")]
    [InlineData("碳排放", "energy-saving")]
    [InlineData("集中采购", "supply-chain")]
    [InlineData("智能决策", "operations")]
    [InlineData("AGV", "logistics")]
    [InlineData("安全风险", "safety")]
    public async Task BroadQuery_FirstTenAreAllAnswers(string query, string domain)
    {
        var result = await _index.SearchAsync(new SearchRequest(Tenant.Value, query) { Take = 10 }, TestContext.Current.CancellationToken);

        var wrong = result.Hits.Where(h => !_portfolio.Cases.Single(c => c.Id.Value == h.Id).Content.Domains.Contains(domain)).ToArray();
        Assert.True(result.Hits.Count == 10 && wrong.Length == 0,
            $"“{query}” ({result.Total} hits): not answers in the first ten: {string.Join("、", wrong.Select(h => h.Title))}");
    }

    private string Title(string id) => _portfolio.Cases.Single(c => c.Id == EntityId.Parse(id)).Content.Title ?? id;
}
