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

    [Theory]
    [InlineData("""{"key":"x","name":"X","version":"1","terms":[{"code":"a","name":"A"},{"code":"a","name":"B"}]}""", "appears twice")]
    [InlineData("""{"key":"x","name":"X","version":"1","terms":[{"code":"a","name":"A","parent":"b"}]}""", "names parent 'b'")]
    [InlineData("""{"key":"x","name":"X","terms":[]}""", "needs key, name, version")]
    public void Loader_RefusesFilesThatWouldLetBadCodesIn(string json, string expected)
    {
        var ex = Assert.Throws<InvalidDataException>(() =>
            TaxonomyLoader.Check([("x.json", TaxonomyLoader.Parse(new MemoryStream(Encoding.UTF8.GetBytes(json)), "x.json"))]));

        Assert.Contains(expected, ex.Message);
    }
}
