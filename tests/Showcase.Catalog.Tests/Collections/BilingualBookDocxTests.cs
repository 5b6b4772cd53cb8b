using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Showcase.Catalog.Collections;

namespace Showcase.Catalog.Tests.Collections;

/// <summary>The book in English, and in both languages: each case in Chinese, then in English, both in the contents.</summary>
public sealed class BilingualBookDocxTests
{
    [Fact]
    public void InEnglish_EveryWordAroundTheCasesIsEnglish_AndChinesePrintedForWantOfEnglishIsMarked()
    {
        using var document = BookDocxTests.Open(SampleBooks.InEnglish(1, 2));
        var lines = Lines(document);

        Assert.Equal([(1, "Foreword"), (1, "Chapter 1  第 1 组场景"), (2, "Smart blast furnace control 1-1"), (2, "Smart blast furnace control 1-2")], Headings(document));
        Assert.Equal("Contents", lines.Single(l => l.Style == "TOCHeading").Text);
        Assert.Contains(lines, l => l.Text == "Cases in this chapter: 2.");
        Assert.Contains(lines, l => l.Text == "Results");
        Assert.Contains(lines, l => l.Text == "Scan to read the case online: https://showcase.example.cn/t/demo/cases/c1-1");
        Assert.Contains("IndicatorUnitBeforeAfterChange", document.MainDocumentPart!.Document.Body!.Descendants<TableRow>().Select(r => r.InnerText));

        // The first case has no English body: its Chinese follows the marker; the second case's English needs none.
        var marks = lines.Select((line, i) => (line, i)).Where(x => x.line.Text == BookWords.OriginalMark).Select(x => x.i).ToArray();
        var mark = Assert.Single(marks);
        Assert.Equal("The case in full", lines[mark - 1].Text);
        Assert.Equal("背景", lines[mark + 1].Text);
        Assert.DoesNotContain(lines, l => l.Text is "前言" or "实施成效" or "案例详情" or "编者按");
    }

    [Fact]
    public void InBoth_EachCaseIsPrintedInChineseThenInEnglish_AndTheContentsListBoth()
    {
        using var document = BookDocxTests.Open(SampleBooks.InBoth(2, 1));
        var body = document.MainDocumentPart!.Document.Body!;

        Assert.Equal(
        [
            (1, "前言"), (1, "Foreword"),
            (1, "第一章　第 1 组场景"), (2, "高炉智能控制 1-1"), (2, "Smart blast furnace control 1-1"),
            (1, "第二章　第 2 组场景"), (2, "高炉智能控制 2-1"), (2, "Smart blast furnace control 2-1"),
        ], Headings(document));
        var entries = body.Elements<Paragraph>().Where(p => Style(p) is "TOC1" or "TOC2").Select(p => string.Concat(p.Descendants<Text>().Select(t => t.Text)));
        Assert.Equal(Headings(document).Select(h => h.Text), entries);
        Assert.Equal("目　录 · Contents", Lines(document).Single(l => l.Style == "TOCHeading").Text);

        var cover = body.Elements<Paragraph>().TakeWhile(p => !p.Descendants<Break>().Any()).Select(p => p.InnerText).Where(t => t.Length > 0).ToArray();
        Assert.Equal(["2026 年钢铁行业智能制造优秀场景案例集", "节能减排专辑", "Smart Manufacturing Cases of the Steel Industry 2026", "Energy saving"], cover[..4]);
        Assert.Equal(["2026年11月 第1次发布", "Published 23 November 2026, release 1"], cover[^2..]);
        Assert.Empty(new OpenXmlValidator().Validate(document, TestContext.Current.CancellationToken));
    }

    [Fact]
    public void Fonts_SetLatinLettersInTimesNewRoman_AndHeadingsInArial_BesideTheChineseFonts()
    {
        using var document = BookDocxTests.Open(SampleBooks.InBoth(1, 1));
        var styles = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!;
        RunFonts Fonts(string id) => styles.Elements<Style>().Single(s => s.StyleId == id).StyleRunProperties!.RunFonts!;

        var text = styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.RunFonts!;
        Assert.Equal(("Times New Roman", "宋体"), (text.Ascii!.Value, text.EastAsia!.Value));
        Assert.Equal(("Arial", "黑体"), (Fonts("Heading1").Ascii!.Value, Fonts("Heading1").EastAsia!.Value));
        Assert.Equal(("Arial", "黑体"), (Fonts("Heading2").HighAnsi!.Value, Fonts("Heading2").EastAsia!.Value));
    }

    private static string? Style(Paragraph paragraph) => paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;

    private static List<(string? Style, string Text)> Lines(DocumentFormat.OpenXml.Packaging.WordprocessingDocument document) =>
        document.MainDocumentPart!.Document.Body!.Elements<Paragraph>().Select(p => (Style(p), p.InnerText)).ToList();

    private static List<(int Level, string Text)> Headings(DocumentFormat.OpenXml.Packaging.WordprocessingDocument document) =>
        Lines(document).Where(l => l.Style is "Heading1" or "Heading2").Select(l => (l.Style == "Heading1" ? 1 : 2, l.Text)).ToList();
}
