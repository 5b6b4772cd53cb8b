using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Showcase.Catalog.Collections;

namespace Showcase.Catalog.Tests.Collections;

public sealed class BookDocxTests
{
    [Fact]
    public void Write_IsAValidWordDocument()
    {
        using var document = Open(SampleBooks.Of(2, 3));

        var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document, TestContext.Current.CancellationToken).Select(e => $"{e.Path?.XPath}: {e.Description}").ToArray();

        Assert.True(errors.Length == 0, string.Join("\n", errors));
    }

    [Fact]
    public void Write_ChaptersAreHeadingOne_CasesAreHeadingTwo_InBookOrder()
    {
        using var document = Open(SampleBooks.Of(2, 3));

        var headings = Headings(document);

        Assert.Equal(
        [
            (1, "前言"),
            (1, "第一章　第 1 组场景"), (2, "高炉智能控制 1-1"), (2, "高炉智能控制 1-2"), (2, "高炉智能控制 1-3"),
            (1, "第二章　第 2 组场景"), (2, "高炉智能控制 2-1"), (2, "高炉智能控制 2-2"), (2, "高炉智能控制 2-3"),
        ], headings);
    }

    [Fact]
    public void Write_TableOfContents_IsATocFieldOverLevelsOneAndTwo_ListingEveryHeading()
    {
        using var document = Open(SampleBooks.Of(2, 2));
        var body = document.MainDocumentPart!.Document.Body!;

        var instruction = Assert.Single(body.Descendants<FieldCode>(), f => f.Text.Contains("TOC", StringComparison.Ordinal));
        var entries = body.Elements<Paragraph>().Where(p => StyleOf(p) is "TOC1" or "TOC2").Select(p => string.Concat(p.Descendants<Text>().Select(t => t.Text))).ToArray();

        Assert.Contains("\\o \"1-2\"", instruction.Text, StringComparison.Ordinal);
        Assert.Equal(Headings(document).Select(h => h.Text), entries);
        Assert.True(document.MainDocumentPart.DocumentSettingsPart!.Settings.GetFirstChild<UpdateFieldsOnOpen>()!.Val!.Value);
        var firstEntry = body.Elements<Paragraph>().First(p => StyleOf(p) == "TOC1");
        var order = body.Elements().ToList();
        Assert.True(order.IndexOf(firstEntry) < order.IndexOf(body.Elements<Paragraph>().First(p => StyleOf(p) == "Heading1")), "The contents come before the first chapter.");
    }

    [Fact]
    public void Write_EveryCaseStartsOnItsOwnPage_AndNothingElseBreaksItsPage()
    {
        using var document = Open(SampleBooks.Of(2, 3));
        var styles = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!;
        var body = document.MainDocumentPart.Document.Body!;

        Assert.NotNull(StyleNamed(styles, "Heading2").StyleParagraphProperties!.PageBreakBefore);
        Assert.NotNull(StyleNamed(styles, "Heading1").StyleParagraphProperties!.PageBreakBefore);
        // Pages break only at headings 1 and 2 (the style) and once after the cover: a case's page holds that case alone.
        var breaksAfterCover = body.Descendants<Break>().Count(b => b.Type?.Value == BreakValues.Page);
        Assert.Equal(1, breaksAfterCover);
        Assert.Empty(StyleNamed(styles, "Heading3").Descendants<PageBreakBefore>());
        foreach (var page in CasePages(document))
        {
            Assert.Single(page, e => e is Paragraph p && StyleOf(p) == "Heading2");
            Assert.Single(page.OfType<Table>(), t => t.InnerText.StartsWith("指标单位实施前实施后变化", StringComparison.Ordinal));
            Assert.Single(page.SelectMany(e => e.Descendants<DocumentFormat.OpenXml.Drawing.Blip>()));
        }
    }

    [Fact]
    public void Write_CasePage_HasItsFactsMetricsBodyNoteAndQrCodeOfTheLiveCase()
    {
        using var document = Open(SampleBooks.Of(1, 1));

        var page = Assert.Single(CasePages(document));
        var text = string.Join("\n", page.Select(e => e.InnerText));
        var metrics = page.OfType<Table>().Single(t => t.InnerText.StartsWith("指标", StringComparison.Ordinal));

        Assert.Contains("申报单位宝钢股份", text, StringComparison.Ordinal);
        Assert.Equal(["指标单位实施前实施后变化", "吨铁能耗千克标煤/吨400380-5%", "生产效率%—95—"], metrics.Elements<TableRow>().Select(r => r.InnerText));
        Assert.NotNull(metrics.Elements<TableRow>().First().TableRowProperties?.GetFirstChild<TableHeader>());
        Assert.Contains(page.OfType<Paragraph>(), p => p.InnerText == "背景" && StyleOf(p) == "Heading3");
        Assert.Contains(page.SelectMany(e => e.Descendants<Run>()), r => r.InnerText == "能耗大户" && r.RunProperties?.Bold is not null);
        Assert.Contains(page.OfType<Paragraph>(), p => p.InnerText == "• 数字孪生");
        Assert.Contains(page.OfType<Table>(), t => t.InnerText == "阶段内容一期建模");
        Assert.Contains("值得在长流程钢厂推广。", text, StringComparison.Ordinal);
        Assert.Contains("扫码查看在线案例：https://showcase.example.cn/t/demo/cases/c1-1", text, StringComparison.Ordinal);
        Assert.Single(document.MainDocumentPart!.ImageParts);
    }

    [Fact]
    public void Write_CasePage_CarriesItsPictures_FittedToThePage_WithNumberedCaptions()
    {
        byte[] jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3];
        var book = new Book(SampleBooks.Of(1, 1).Cover, null,
        [
            new BookChapter("第一组", [SampleBooks.Case("c1", "焊装车间质量检测", [new BookPicture("p1", jpeg, "image/jpeg", 1600, 1200, "焊装车间全景"), new BookPicture("p2", jpeg, "image/jpeg", 1600, 400, null)])]),
        ]);
        using var document = Open(book);

        var page = Assert.Single(CasePages(document));
        var text = string.Join("\n", page.Select(e => e.InnerText));
        Assert.Contains("图 1　焊装车间全景", text, StringComparison.Ordinal);
        Assert.Contains("图 2　焊装车间质量检测", text, StringComparison.Ordinal);
        Assert.Equal(2, document.MainDocumentPart!.ImageParts.Count(p => p.ContentType == "image/jpeg"));
        var extents = page.SelectMany(e => e.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.Extent>()).Select(x => (x.Cx!.Value, x.Cy!.Value)).ToList();
        Assert.Contains((4_800_000L, 3_600_000L), extents);
        Assert.Contains((5_400_000L, 1_350_000L), extents);
        Assert.Empty(new OpenXmlValidator().Validate(document, TestContext.Current.CancellationToken));
    }

    [Fact]
    public void Write_CaseBody_PrintsThePicturesItPlaces_AfterTheirParagraph_NumberedAfterTheTopOnes()
    {
        byte[] jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3];
        const string Body = "## 改造\n改造后的产线如下。![改造后的焊装线](picture:p3)\n\n外部图片只留说明：![别处的图](https://example.com/a.png)\n\n![](picture:p4)";
        var book = new Book(SampleBooks.Of(1, 1).Cover, null,
        [
            new BookChapter("第一组", [SampleBooks.Case("c1", "焊装车间质量检测", [new BookPicture("p1", jpeg, "image/jpeg", 1600, 1200, "焊装车间全景")], Body,
                [new BookPicture("p3", jpeg, "image/jpeg", 800, 600, "焊装线"), new BookPicture("p4", jpeg, "image/jpeg", 800, 600, "质检工位")])]),
        ]);
        using var document = Open(book);

        var lines = Assert.Single(CasePages(document)).Select(e => e.InnerText).Where(t => t.Length > 0).ToList();
        var paragraph = lines.IndexOf("改造后的产线如下。");
        Assert.True(paragraph > 0, string.Join("\n", lines));
        Assert.Equal("图 2　改造后的焊装线", lines[paragraph + 1]);
        Assert.Contains("外部图片只留说明：别处的图", lines);
        Assert.Contains("图 3　质检工位", lines);
        Assert.Equal(3, document.MainDocumentPart!.ImageParts.Count(p => p.ContentType == "image/jpeg"));
        Assert.Empty(new OpenXmlValidator().Validate(document, TestContext.Current.CancellationToken));
    }

    [Fact]
    public void Write_SetsChineseFontsAndLanguage_SongTiForTextHeiTiForHeadings()
    {
        using var document = Open(SampleBooks.Of(1, 1));
        var styles = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!;

        var defaults = styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        Assert.Equal("宋体", defaults.RunFonts!.EastAsia!.Value);
        Assert.Equal("zh-CN", defaults.Languages!.EastAsia!.Value);
        Assert.Equal("黑体", StyleNamed(styles, "Heading1").StyleRunProperties!.RunFonts!.EastAsia!.Value);
        Assert.Equal("黑体", StyleNamed(styles, "Heading2").StyleRunProperties!.RunFonts!.EastAsia!.Value);
    }

    [Fact]
    public void Write_Cover_ComesFirst_WithTitleEventAndPublisher()
    {
        using var document = Open(SampleBooks.Of(1, 1, introduction: null));
        var body = document.MainDocumentPart!.Document.Body!;

        var cover = body.Elements<Paragraph>().TakeWhile(p => !p.Descendants<Break>().Any()).Select(p => p.InnerText).Where(t => t.Length > 0).ToArray();

        Assert.Equal(["2026 年钢铁行业智能制造优秀场景案例集", "节能减排专辑", "全国智能制造现场会", "江苏苏州", "2026年11月23日", "测试工信厅", "2026年11月 第1次发布"], cover);
        Assert.DoesNotContain(Headings(document), h => h.Text == "前言");
    }

    internal static WordprocessingDocument Open(Book book)
    {
        var stream = new MemoryStream();
        BookDocx.Write(stream, book);
        stream.Position = 0;
        return WordprocessingDocument.Open(stream, false);
    }

    private static string? StyleOf(Paragraph paragraph) => paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;

    private static Style StyleNamed(Styles styles, string id) => styles.Elements<Style>().Single(s => s.StyleId == id);

    private static List<(int Level, string Text)> Headings(WordprocessingDocument document) =>
        document.MainDocumentPart!.Document.Body!.Elements<Paragraph>()
            .Where(p => StyleOf(p) is "Heading1" or "Heading2")
            .Select(p => (StyleOf(p) == "Heading1" ? 1 : 2, p.InnerText))
            .ToList();

    /// <summary>The body elements from each Heading 2 up to the next Heading 1 or 2: what one case's page holds.</summary>
    private static List<List<DocumentFormat.OpenXml.OpenXmlElement>> CasePages(WordprocessingDocument document)
    {
        var pages = new List<List<DocumentFormat.OpenXml.OpenXmlElement>>();
        foreach (var element in document.MainDocumentPart!.Document.Body!.Elements())
        {
            var style = element is Paragraph p ? StyleOf(p) : null;
            if (style == "Heading2")
            {
                pages.Add([]);
            }
            else if (style == "Heading1")
            {
                pages.Add(null!);
            }

            if (pages.Count > 0 && pages[^1] is { } page)
            {
                page.Add(element);
            }
        }

        return pages.Where(p => p is not null).ToList();
    }
}
