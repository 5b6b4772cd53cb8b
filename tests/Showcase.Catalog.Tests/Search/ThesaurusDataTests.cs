using System.Text;
using Showcase.Catalog.Search;

namespace Showcase.Catalog.Tests.Search;

/// <summary>The shipped thesaurus is reviewed data: enough groups, each with its source, no word in two groups.</summary>
public sealed class ThesaurusDataTests
{
    private static readonly string[] Lines = Shipped().Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToArray();

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

    [Theory]
    [InlineData("成型", "成形")]
    [InlineData("机械臂", "工业机器人")]
    [InlineData("OEE", "设备综合效率")]
    [InlineData("AOI", "机器视觉")]
    public void KnownVariants_AreOneGroup(string word, string synonym) =>
        Assert.Contains(SearchText.Normalize(synonym), Thesaurus.Default.Expand(SearchText.Normalize(word)));

    private static string Shipped()
    {
        using var stream = typeof(Thesaurus).Assembly.GetManifestResourceStream("Showcase.Catalog.Search.thesaurus.txt")!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
