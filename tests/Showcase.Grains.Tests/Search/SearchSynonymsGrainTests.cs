using Showcase.Common;
using Showcase.Search;

namespace Showcase.Grains.Tests.Search;

public sealed class SearchSynonymsGrainTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Set_NormalizesAndSaves_ARetryAppliesOnce()
    {
        var synonyms = fixture.Grains.GetSearchSynonyms(TestTenants.Fresh());

        var saved = await synonyms.SetAsync([[" 黑灯工厂 ", "无人工厂", "无人工厂"], ["ＭＥＳ", "制造执行系统"]], 0, TestActors.Curator);
        var retried = await synonyms.SetAsync([["黑灯工厂", "无人工厂"], ["MES", "制造执行系统"]], 0, TestActors.Curator);

        Assert.Equal(1, saved.Version);
        Assert.Equal(["黑灯工厂", "无人工厂"], saved.Groups[0]);
        Assert.Equal("MES", saved.Groups[1][0]);
        Assert.Equal(1, retried.Version);
        Assert.Equal(saved.Groups, retried.Groups);
    }

    [Fact]
    public async Task Set_BadGroups_ListsEveryProblem_AndKeepsWhatWasSaved()
    {
        var synonyms = fixture.Grains.GetSearchSynonyms(TestTenants.Fresh());
        var before = await synonyms.SetAsync([["数字孪生", "虚拟工厂"]], 0, TestActors.Curator);

        var refused = await Assert.ThrowsAsync<DomainException>(() => synonyms.SetAsync(
            [["孤词"], ["数字孪生", "虚拟工厂"], ["虚拟工厂", "仿真工厂"], ["设备 管理", new string('长', 21)]], 1, TestActors.Curator));

        Assert.Equal(["groups[0]", "groups[2]", "groups[3]", "groups[3]"], refused.Errors.Select(e => e.Field));
        Assert.Contains("同时出现在第 2 组和第 3 组", refused.Errors[1].Message);
        var after = await synonyms.GetAsync();
        Assert.Equal(before.Version, after.Version);
        Assert.Equal(before.Groups, after.Groups);
    }

    [Fact]
    public async Task Set_AfterSomeoneElseSaved_IsAVersionConflict()
    {
        var synonyms = fixture.Grains.GetSearchSynonyms(TestTenants.Fresh());
        await synonyms.SetAsync([["数字孪生", "虚拟工厂"]], 0, TestActors.Curator);

        var stale = await Assert.ThrowsAsync<DomainException>(() => synonyms.SetAsync([["智能仓储", "立体库"]], 0, TestActors.Curator));

        Assert.Equal(ErrorCodes.VersionConflict, stale.Errors[0].Code);
        Assert.Equal("数字孪生", (await synonyms.GetAsync()).Groups[0][0]);
    }
}
