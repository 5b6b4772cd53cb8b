using Showcase.Catalog.Search;

namespace Showcase.Catalog.Tests.Search;

/// <summary>The shipped thesaurus is reviewed data: enough groups, each with its source, no word in two groups.</summary>
public sealed class ThesaurusDataTests
{
    private static readonly string[] Lines = Entries(Shipped());

    /// <summary>The bilingual list's lines: a Chinese word, then its English.</summary>
    private static readonly string[][] Pairs = [.. Thesaurus.Parse(Thesaurus.ReadEmbedded("thesaurus-en.txt")).Select(g => g.ToArray())];

    [Fact]
    public void HasAtLeast150Groups() => Assert.True(Lines.Length >= 150, $"{Lines.Length} groups");

    [Fact]
    public void EveryGroupSaysWhereItCameFrom() =>
        Assert.DoesNotContain(Lines, l => l.Split('#') is not [_, var source] || !source.Trim().StartsWith('〔'));

    [Fact]
    public void NoWordIsInTwoGroups()
    {
        var words = Thesaurus.Parse(Shipped()).SelectMany(g => g.Select(SearchText.Normalize)).ToArray();

        Assert.Empty(words.GroupBy(w => w).Where(g => g.Count() > 1).Select(g => g.Key));
    }

    [Fact]
    public void TheBilingualList_HasAtLeast100Pairs_EachAChineseWordThenLowerCaseEnglish()
    {
        Assert.True(Pairs.Sum(p => p.Length - 1) >= 100, $"{Pairs.Sum(p => p.Length - 1)} pairs");
        Assert.All(Pairs, pair =>
        {
            Assert.Contains(pair[0], c => QuerySegmenter.IsHan(c));
            Assert.All(pair.Skip(1), english => Assert.Equal(english.ToLowerInvariant(), english));
            Assert.All(pair.Skip(1), english => Assert.DoesNotContain(english, c => QuerySegmenter.IsHan(c)));
        });
    }

    [Fact]
    public void TheBilingualList_NamesEachEnglishWordOnce_AndEachChineseWordOnce()
    {
        Assert.Empty(Pairs.SelectMany(p => p.Skip(1)).GroupBy(w => w).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.Empty(Pairs.Select(p => p[0]).GroupBy(w => w).Where(g => g.Count() > 1).Select(g => g.Key));
    }

    [Theory]
    [InlineData("predictive maintenance", "设备健康管理")]
    [InlineData("设备健康管理", "predictive maintenance")]
    [InlineData("digital twin", "虚拟仿真")]
    [InlineData("machine vision", "aoi")]
    public void EnglishWords_JoinTheirChineseWordsWholeGroup(string word, string synonym) =>
        Assert.Contains(synonym, Thesaurus.Default.Expand(word));

    [Theory]
    [InlineData("Digital Twins", "digital twin")]
    [InlineData("the internet of things", "internet of things")]
    [InlineData("welded", "welding")]
    [InlineData("twin", null)]
    public void EnglishWords_AreKnownByTheirStems(string words, string? known) =>
        Assert.Equal(known, Thesaurus.Default.EnglishWord(SearchText.Normalize(words).Split(' ')));

    [Theory]
    [InlineData("成型", "成形")]
    [InlineData("机械臂", "工业机器人")]
    [InlineData("OEE", "设备综合效率")]
    [InlineData("AOI", "机器视觉")]
    public void KnownVariants_AreOneGroup(string word, string synonym) =>
        Assert.Contains(SearchText.Normalize(synonym), Thesaurus.Default.Expand(SearchText.Normalize(word)));

    private static string Shipped() => Thesaurus.ReadEmbedded("thesaurus.txt");

    private static string[] Entries(string text) => text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToArray();
}
