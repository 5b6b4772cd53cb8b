using Showcase.Api.Transfers;
using Showcase.Cases;

namespace Showcase.Api.Tests.Transfers;

public sealed class MetricCellsTests
{
    [Fact]
    public void FormatThenParse_NamesWithParenthesesNegativeAndMissingBefore_RoundTrip()
    {
        CaseMetric[] metrics =
        [
            new("设备综合效率（OEE）", "%", 63, 86),
            new("单位产品能耗(标煤)", "千克/吨", 12.5m, 9.75m),
            new("利润变化", "万元", -120, 35),
            new("检测效率", "点/分钟", null, 120),
        ];

        var errors = new RowErrors(2);
        var parsed = MetricCells.Parse(MetricCells.Format(metrics), "成效指标", errors);

        Assert.Empty(errors.All);
        Assert.Equal(metrics, parsed);
    }

    [Theory]
    [InlineData("焊点缺陷率（%）：1.2→0.3", 1.2, 0.3)]
    [InlineData("焊点缺陷率(%): 1.2 -> 0.3", 1.2, 0.3)]
    [InlineData("产值（元）：1,200,000至1,500,000", 1200000, 1500000)]
    public void Parse_WaysPeopleWriteIt_AreUnderstood(string cell, double before, double after)
    {
        var metric = Assert.Single(MetricCells.Parse(cell, "成效指标", new RowErrors(2)));

        Assert.Equal(((decimal)before, (decimal)after), (metric.Before!.Value, metric.After));
    }

    [Theory]
    [InlineData("效率提升了很多")]
    [InlineData("效率（%）：高")]
    [InlineData("效率：1→2")]
    public void Parse_Unreadable_SaysHowToWriteIt(string cell)
    {
        var errors = new RowErrors(7);

        Assert.Empty(MetricCells.Parse(cell, "成效指标", errors));

        var error = Assert.Single(errors.All);
        Assert.Equal((7, "成效指标"), (error.Row, error.Column));
        Assert.Contains(MetricCells.Example, error.Message);
    }
}
