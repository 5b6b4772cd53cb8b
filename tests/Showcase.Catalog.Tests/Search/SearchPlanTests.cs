using Showcase.Catalog.Search;

namespace Showcase.Catalog.Tests.Search;

/// <summary>What a query asks for: its concepts (each a phrase of words, " / " between concepts), its optional words.</summary>
public sealed class SearchPlanTests
{
    [Theory]
    [InlineData("怎样减少冲压件的毛刺", "冲压件 / 毛刺", "减少")]
    [InlineData("有没有高炉预测性维护的案例", "高炉 / 预测性 维护", "案例")]
    [InlineData("锂电池极片涂布怎么控制一致性", "锂电池 / 极片 涂布 / 控制 / 一致性", "")]
    [InlineData("检测船体焊缝缺陷", "检测 / 船体 / 焊缝 / 缺陷", "")]
    [InlineData("焊缝检测", "焊缝 检测", "")]
    [InlineData("机械工程", "机械 工程", "")]
    [InlineData("钢铁预测性维护", "钢铁 / 预测性 维护", "")]
    [InlineData("smt产线", "smt / 产线", "")]
    [InlineData("冲压件表面缺陷", "冲压件 / 表面 缺陷", "")]
    [InlineData("焊点检测", "焊点 检测", "")]
    [InlineData("kerpen", "kerpen", "")]
    [InlineData("电子agv", "电子 / agv", "")]
    [InlineData("提升", "提升", "")]
    [InlineData("how to reduce burrs in stamping", "burr / stamping", "reduce")]
    [InlineData("Digital Twins for welded parts", "digital twin / welding / parts", "")]
    [InlineData("the internet of things", "internet of things", "")]
    public void Parse_DropsFunctionWords_KeepsConcepts(string query, string concepts, string optional)
    {
        var plan = SearchPlan.Parse(query, Thesaurus.Default);

        Assert.Equal(concepts, string.Join(" / ", plan.Required.Select(c => string.Join(" ", c.Literal.Pieces.Select(p => p.Text)))));
        Assert.Equal(optional, string.Join(" / ", plan.Optional.Select(c => c.Literal.Text)));
    }

    [Fact]
    public void Parse_LatinWords_AreSoughtInTheEnglishFieldsToo_ByTheirStems()
    {
        var concept = SearchPlan.Parse("digital twins", Thesaurus.Default).Required.Single();

        Assert.Equal(["digit", "twin"], concept.Literal.English!.Pieces.Select(p => p.Tokens.Single().Token));
        Assert.Contains(concept.Synonyms, s => s.Text == "数字孪生" && s.English is null);
    }

    [Fact]
    public void Parse_ALoneCharacterBesideAThesaurusWord_JoinsEveryAlternative()
    {
        var concept = Assert.Single(SearchPlan.Parse("热成型", Thesaurus.Default).Required);

        Assert.Equal(["热成型", "热成形"], concept.Alternatives.Select(a => a.Text).Order());
    }

    [Theory]
    [InlineData("kerpen", true)]
    [InlineData("modbus", true)]
    [InlineData("agv", false)]
    [InlineData("plc", false)]
    [InlineData("12345", false)]
    public void Parse_OnlyLongLatinWords_AreFuzzy(string query, bool fuzzy) =>
        Assert.Equal(fuzzy, SearchPlan.Parse(query, Thesaurus.Default).Required.Single().Alternatives.Any(a => a.Pieces.Any(p => p.Fuzzy)));

    [Theory]
    [InlineData("钢铁 高炉", 0)]
    [InlineData("钢铁 高炉 鼓风机", 2)]
    [InlineData("钢铁 高炉 鼓风机 轴承 振动 电机", 4)]
    public void RelaxedMinimum_IsAllButAThird_FromThreeConcepts(string query, int minimum) =>
        Assert.Equal(minimum, SearchPlan.Parse(query, Thesaurus.Default).RelaxedMinimum);
}
