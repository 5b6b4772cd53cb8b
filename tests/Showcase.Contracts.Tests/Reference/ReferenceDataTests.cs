using System.Text;
using Showcase.Reference;

namespace Showcase.Contracts.Tests.Reference;

public sealed class ReferenceDataTests
{
    [Fact]
    public void ReferenceData_ShipsTheSeedsTaxonomies_WithTheirSizes()
    {
        Assert.Equal(22, ReferenceData.Industries.Terms.Count);
        Assert.Equal(9, ReferenceData.Domains.Terms.Count);
        Assert.Equal(6, ReferenceData.Scenes.Terms.Count);
        Assert.Equal(4, ReferenceData.FusionStages.Terms.Count);
        Assert.Equal(6, ReferenceData.ApplicantKinds.Terms.Count);
        Assert.Equal(31, ReferenceData.Provinces.Terms.Count);
        Assert.Equal(["原材料", "装备制造", "消费品", "电子信息"], ReferenceData.Sectors.Roots.Select(t => t.Name));
        Assert.All(ReferenceData.All, t => Assert.False(string.IsNullOrEmpty(t.Version)));
    }

    [Theory]
    [InlineData("fusion-2019", 6, 17)]
    [InlineData("fusion-2020", 4, 12)]
    [InlineData("innovation-2019", 4, 9)]
    [InlineData("smart-manufacturing", 3, 0)]
    public void Programs_HaveTheClassesAndDirectionsOfTheirNotice(string program, int classes, int directions)
    {
        var programs = ReferenceData.Programs;
        var classTerms = programs.ChildrenOf(program);

        Assert.Equal(classes, classTerms.Count);
        Assert.Equal(directions, classTerms.Sum(c => programs.ChildrenOf(c.Code).Count));
    }

    [Fact]
    public void Cities_BelongToProvinces_AndTreesAnswerAncestry()
    {
        Assert.All(ReferenceData.Cities.Terms, c => Assert.True(ReferenceData.Provinces.Contains(c.Parent!)));
        Assert.Equal("苏州市", ReferenceData.Cities.NameOf("3205"));
        Assert.True(ReferenceData.Programs.IsWithin("fusion-2019-d11", "fusion-2019"));
        Assert.False(ReferenceData.Programs.IsWithin("fusion-2020-d11", "fusion-2019"));
        Assert.Equal("equipment", ReferenceData.Sectors.RootOf("automotive")!.Code);
    }

    [Fact]
    public void EveryTerm_HasAnEnglishName_AndEveryListSaysWhereItsEnglishComesFrom()
    {
        Assert.All(ReferenceData.All, t => Assert.False(string.IsNullOrWhiteSpace(t.EnglishSource), t.Key));
        Assert.Equal(("苏州市", "Suzhou"), (ReferenceData.Cities.NameOf("3205", "zh-CN"), ReferenceData.Cities.NameOf("3205", "en")));
        Assert.Equal("Urumqi", ReferenceData.Cities.NameOf("6501", "en"));
        Assert.Equal("Intelligent Manufacturing Demonstration Factories", ReferenceData.Programs.NameOf("smart-manufacturing-c2", "en"));
        Assert.Equal("Digital twin", ReferenceData.Technologies.NameOf("digital-twin", "en"));
        Assert.Equal("unknown", ReferenceData.Industries.NameOf("unknown", "en"));
    }

    [Theory]
    [InlineData("""{"key":"x","name":"X","version":"1","terms":[{"code":"a","name":"A"},{"code":"a","name":"B"}]}""", "appears twice")]
    [InlineData("""{"key":"x","name":"X","english":"X","englishSource":"ours","version":"1","terms":[{"code":"a","name":"A","english":"A","parent":"b"}]}""", "names parent 'b'")]
    [InlineData("""{"key":"x","name":"X","terms":[]}""", "needs key, name, version")]
    [InlineData("""{"key":"x","name":"X","english":"X","englishSource":"ours","version":"1","terms":[{"code":"a","name":"甲","english":"A"},{"code":"b","name":"乙"}]}""", "English name for every term ('b')")]
    [InlineData("""{"key":"x","name":"X","english":"X","version":"1","terms":[{"code":"a","name":"甲","english":"A"}]}""", "where its English names come from")]
    public void Loader_RefusesFilesThatWouldLetBadCodesIn(string json, string expected)
    {
        var ex = Assert.Throws<InvalidDataException>(() =>
            TaxonomyLoader.Check([("x.json", TaxonomyLoader.Parse(new MemoryStream(Encoding.UTF8.GetBytes(json)), "x.json"))]));

        Assert.Contains(expected, ex.Message);
    }
}
