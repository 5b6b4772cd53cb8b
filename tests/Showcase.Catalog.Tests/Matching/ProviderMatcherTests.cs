using Showcase.Catalog.Matching;

namespace Showcase.Catalog.Tests.Matching;

public sealed class ProviderMatcherTests
{
    private static readonly MatchTarget WeldInspection = new("automotive", "quality", ["ai", "5g"], "34");

    private static readonly MatchProvider[] Providers =
    [
        new("vision", "视界科技", "34", ["automotive"], ["quality"], ["ai", "5g"]),
        new("generalist", "通用软件", "11", ["automotive", "machinery"], ["production"], ["cloud-computing"]),
        new("steel", "钢铁运维", "13", ["ferrous-metals"], ["maintenance"], ["iot"]),
        new("newcomer", "新锐视觉", "32", ["automotive"], ["quality"], ["ai"]),
    ];

    private static readonly MatchCase[] Cases =
    [
        new("c1", "焊点在线检测", ["automotive"], ["quality"], ["ai"], ["vision"]),
        new("c2", "涂装缺陷识别", ["automotive"], ["quality"], ["ai", "5g"], ["vision"]),
        new("c3", "高炉预测性维护", ["ferrous-metals"], ["maintenance"], ["iot"], ["steel"]),
        new("c4", "总装排产", ["automotive"], ["production"], [], ["generalist", "vision"]),
    ];

    [Fact]
    public void Rank_PutsTheProviderWithTheClosestDeliveredCasesFirst_AndExplainsWhy()
    {
        var ranked = ProviderMatcher.Rank(WeldInspection, Providers, Cases, take: 10);

        Assert.Equal(["vision", "newcomer", "generalist"], ranked.Select(m => m.Provider.Id));
        var best = ranked[0].Explanation;
        Assert.Equal((1, 1, 1.0, 1), (best.Industry, best.Domain, best.Technology, best.Region));
        Assert.Equal(["c2", "c1", "c4"], best.SimilarCases.Select(c => c.Id));
        Assert.Equal(3, best.DeliveredCases);
        Assert.Equal(MatchWeights.Default, best.Weights);
        Assert.Equal(["ai"], ranked[1].Explanation.SharedTechnologies);
        Assert.Equal(0, ranked[1].Explanation.DeliveredCases);
    }

    [Fact]
    public void Rank_LeavesOutProvidersThatMatchNothing_AndKeepsOnlyTheBest()
    {
        Assert.DoesNotContain(ProviderMatcher.Rank(WeldInspection, Providers, Cases, take: 10), m => m.Provider.Id == "steel");
        Assert.Equal(["vision"], ProviderMatcher.Rank(WeldInspection, Providers, Cases, take: 1).Select(m => m.Provider.Id));
    }

    [Fact]
    public void Score_IsTheWeightedSumOfTheParts()
    {
        var weights = new MatchWeights(Industry: 1, Domain: 0, Technology: 0, SimilarCases: 0, Region: 0, TrackRecord: 0);

        var ranked = ProviderMatcher.Rank(WeldInspection, Providers, Cases, take: 10, weights);

        Assert.All(ranked, m => Assert.Equal(100, m.Score));
        Assert.Equal(["generalist", "newcomer", "vision"], ranked.Select(m => m.Provider.Id));
    }
}
