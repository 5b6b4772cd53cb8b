using System.Text;
using Showcase.Catalog.Spreadsheets;

namespace Showcase.Catalog.Tests.Spreadsheets;

public sealed class CsvTableTests
{
    static CsvTableTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Read_QuotedFieldsWithCommasQuotesAndLineBreaks_KeepsThemWhole()
    {
        var csv = "名称,摘要,年份\r\n\"甲, 乙\",\"他说\"\"好\"\"\n第二行\",2025\r\n\r\n丙,,2024\r\n";

        var table = CsvTable.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)));

        Assert.Equal(["名称", "摘要", "年份"], table.Header);
        Assert.Equal(2, table.Rows.Count);
        Assert.Equal("甲, 乙", table.Rows[0][0]);
        Assert.Equal("他说\"好\"\n第二行", table.Rows[0][1]);
        Assert.Equal(2, table.Rows[0].Number);
        Assert.Equal(5, table.Rows[1].Number);
        Assert.Null(table.Rows[1][1]);
    }

    [Theory]
    [InlineData("utf-8-bom")]
    [InlineData("gb18030")]
    [InlineData("tab")]
    public void Read_WhatChineseExcelSaves_ReadsTheChinese(string variant)
    {
        var text = variant == "tab" ? "名称\t省份\n智能工厂\t江苏省\n" : "名称,省份\n智能工厂,江苏省\n";
        var bytes = variant switch
        {
            "gb18030" => Encoding.GetEncoding("GB18030").GetBytes(text),
            "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
            _ => Encoding.UTF8.GetBytes(text),
        };

        var table = CsvTable.Read(new MemoryStream(bytes));

        Assert.Equal(["名称", "省份"], table.Header);
        Assert.Equal(["智能工厂", "江苏省"], table.Rows.Single().Cells);
    }

    [Fact]
    public void Write_ThenRead_RoundTripsAndStartsWithBom_FormulasAreDefused()
    {
        using var stream = new MemoryStream();
        CsvTable.Write(stream, ["名称", "备注", "数值"], [["甲,乙", "=HYPERLINK(\"http://evil\")", -1.5m], ["换\n行", null, 3]]);

        var bytes = stream.ToArray();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var table = CsvTable.Read(new MemoryStream(bytes));
        Assert.Equal(["甲,乙", "'=HYPERLINK(\"http://evil\")", "-1.5"], table.Rows[0].Cells);
        Assert.Equal("换\n行", table.Rows[1][0]);
    }
}
