using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Showcase.Catalog.Programs;

namespace Showcase.Catalog.Tests.Programs;

public sealed class FormDocxTests
{
    private static readonly FormDocument Sample = new(
        "2020年制造业与互联网融合发展试点示范项目申报书",
        "（中德智能制造合作）",
        [new("项目名称", "中德合作示范项目"), new("申报单位（盖章）", "测试企业"), new("推荐单位（盖章）", "测试市工业和信息化局")],
        [
            new("试点示范项目申报书（中德智能制造合作）",
            [
                new("（一）中方企业基本信息", [new("企业名称", "测试企业"), new("中方企业简介", "第一段。\n第二段。", Long: true)]),
                new("二、项目基本情况", [new("（一）项目概述", "概述正文", Long: true)]),
            ]),
        ],
        "我单位申报的所有材料，均真实、完整，如有不实，愿承担相应的责任。",
        "（张三 于 2030-11-01 10:00 在线提交时作出承诺）");

    [Fact]
    public void Write_IsAValidWordDocument()
    {
        using var document = Open();

        var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document, TestContext.Current.CancellationToken)
            .Select(e => $"{e.Path?.XPath}: {e.Description}").ToArray();

        Assert.True(errors.Length == 0, string.Join("\n", errors));
    }

    [Fact]
    public void Write_FollowsTheFormsSections_InTheNoticesFonts()
    {
        using var document = Open();
        var body = document.MainDocumentPart!.Document.Body!;
        var styles = document.MainDocumentPart.StyleDefinitionsPart!.Styles!;

        var headings = body.Elements<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value?.StartsWith("Heading", StringComparison.Ordinal) == true)
            .Select(p => (p.ParagraphProperties!.ParagraphStyleId!.Val!.Value, string.Concat(p.Descendants<Text>().Select(t => t.Text)))).ToArray();
        var defaults = styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;

        Assert.Equal(
        [
            ("Heading1", "试点示范项目申报书（中德智能制造合作）"),
            ("Heading2", "（一）中方企业基本信息"), ("Heading3", "中方企业简介"),
            ("Heading2", "二、项目基本情况"), ("Heading3", "（一）项目概述"),
            ("Heading1", "真实性承诺"),
        ], headings);
        Assert.Equal(("仿宋", "32"), (defaults.GetFirstChild<RunFonts>()!.EastAsia!.Value, defaults.GetFirstChild<FontSize>()!.Val!.Value));
        Assert.Equal("黑体", Style(styles, "Heading1").StyleRunProperties!.GetFirstChild<RunFonts>()!.EastAsia!.Value);
        Assert.Equal("楷体", Style(styles, "Heading2").StyleRunProperties!.GetFirstChild<RunFonts>()!.EastAsia!.Value);
        var cells = body.Descendants<TableCell>().Select(c => string.Concat(c.Descendants<Text>().Select(t => t.Text))).ToArray();
        Assert.Contains("中德合作示范项目", cells);
        Assert.Contains("企业名称", cells);
        Assert.DoesNotContain("概述正文", cells);
        Assert.Contains(body.Descendants<Text>(), t => t.Text.StartsWith("我单位申报的所有材料", StringComparison.Ordinal));
    }

    private static Style Style(Styles styles, string id) => styles.Elements<Style>().Single(s => s.StyleId == id);

    private static WordprocessingDocument Open()
    {
        var stream = new MemoryStream();
        FormDocx.Write(stream, Sample);
        stream.Position = 0;
        return WordprocessingDocument.Open(stream, false);
    }
}
