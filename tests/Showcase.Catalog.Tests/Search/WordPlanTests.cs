using Showcase.Catalog.Search;

namespace Showcase.Catalog.Tests.Search;

public sealed class WordPlanTests
{
    [Theory]
    [InlineData("焊点", 0)]
    [InlineData("焊点检测", 0)]
    [InlineData("预测性维护", 1)]
    [InlineData("设备综合效率提升", 3)]
    public void MiddlePairs_NeededOnlyBeyondFourCharacters(string word, int needed) =>
        Assert.Equal(needed, WordPlan.Of(word)!.MinimumMiddlePairs);

    /// <summary>
    /// Engines require the first and last pairs and <see cref="WordPlan.MinimumMiddlePairs"/> of the middle ones; that
    /// must admit exactly the items holding the first, the last and <see cref="WordPlan.MinimumPairs"/> pairs in all —
    /// checked for every combination of pairs an item could hold.
    /// </summary>
    [Theory]
    [InlineData("焊点检测")]
    [InlineData("预测性维护")]
    [InlineData("设备健康管理")]
    [InlineData("焊装车间质量检测")]
    [InlineData("检测检测检测")]
    public void MiddleRule_AdmitsExactlyWhatTheWholeRuleAdmits(string word)
    {
        var plan = WordPlan.Of(word)!;
        var pairs = plan.Pairs.Distinct().ToArray();
        for (var held = 0; held < 1 << pairs.Length; held++)
        {
            var has = pairs.Where((_, i) => (held & (1 << i)) != 0).ToHashSet();
            var whole = has.Contains(plan.Pairs[0]) && has.Contains(plan.Pairs[^1]) && has.Count >= plan.MinimumPairs;
            var middle = has.Contains(plan.Pairs[0]) && has.Contains(plan.Pairs[^1]) && plan.MiddlePairs.Count(has.Contains) >= plan.MinimumMiddlePairs;

            Assert.True(whole == middle, $"{word}: holding {string.Join(",", has)}");
        }
    }
}
