using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Showcase.Catalog.Collections;

/// <summary>
/// The book's styles. Text is 宋体 (SimSun) 五号, headings 黑体 (SimHei): the East Asian font slot is what Word
/// uses for Chinese characters, and the language is zh-CN so line breaking and punctuation follow Chinese rules;
/// English in the same paragraphs is set in Times New Roman, in headings Arial.
/// Headings 1 and 2 start a new page: a chapter opens on its own page, and every case has its own page.
/// </summary>
internal static class BookStyles
{
    public const string SongTi = "宋体";
    public const string HeiTi = "黑体";
    public const string Latin = "Times New Roman";

    /// <summary>Latin letters of headings: a sans-serif beside 黑体, as English books set their headings.</summary>
    public const string LatinHeading = "Arial";

    public const string Title = "Title";
    public const string Subtitle = "Subtitle";
    public const string CoverLine = "CoverLine";
    public const string ContentsHeading = "TOCHeading";
    public const string Lead = "Lead";
    public const string Hint = "Hint";
    public const string Note = "EditorNote";
    public const string Code = "CodeBlock";
    public const string Caption = "Caption";

    public static void AddTo(MainDocumentPart main)
    {
        var part = main.AddNewPart<StyleDefinitionsPart>();
        part.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    Fonts(SongTi),
                    new FontSize { Val = "21" },
                    new FontSizeComplexScript { Val = "21" },
                    new Languages { Val = "en-US", EastAsia = "zh-CN" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { After = "120", Line = "360", LineRule = LineSpacingRuleValues.Auto }))),
            Paragraph("Normal", "Normal", null, @default: true),
            Paragraph(Title, "Title", HeiTi, size: 52, bold: true, centered: true, after: 480),
            Paragraph(Subtitle, "Subtitle", HeiTi, size: 32, centered: true),
            Paragraph(CoverLine, "Cover line", SongTi, size: 30, centered: true),
            Paragraph(ContentsHeading, "TOC Heading", HeiTi, size: 32, centered: true, after: 360),
            Heading(1, 32, pageBreakBefore: true),
            Heading(2, 28, pageBreakBefore: true),
            Heading(3, 24, pageBreakBefore: false),
            Paragraph("TOC1", "toc 1", HeiTi, size: 24, after: 60),
            Paragraph("TOC2", "toc 2", null, indent: 420, after: 40),
            Paragraph(Lead, "Lead", "楷体", size: 24, after: 240),
            Paragraph(Hint, "Hint", null, size: 21, centered: true, color: "666666"),
            Paragraph(Note, "Editor note", "楷体", size: 22, indent: 420, color: "333333"),
            Paragraph(Code, "Code block", "Consolas", size: 18, after: 0),
            Paragraph(Caption, "caption", null, size: 18, centered: true, color: "666666"),
            TableGrid());
        part.Styles.Save();
    }

    /// <summary>The thin grey grid every table of ours uses (<c>TableGrid</c>).</summary>
    internal static Style TableGrid() => new(
        new StyleName { Val = "Table Grid" },
        new StyleTableProperties(new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4, Color = "999999" },
            new LeftBorder { Val = BorderValues.Single, Size = 4, Color = "999999" },
            new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "999999" },
            new RightBorder { Val = BorderValues.Single, Size = 4, Color = "999999" },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = "999999" },
            new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = "999999" }),
            new TableCellMarginDefault(new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa }, new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa })))
    { Type = StyleValues.Table, StyleId = "TableGrid" };

    /// <summary>Chinese in <paramref name="eastAsia"/>, Latin letters beside it: Arial beside 黑体, Times New Roman beside the rest.</summary>
    public static RunFonts Fonts(string eastAsia)
    {
        var latin = eastAsia == HeiTi ? LatinHeading : Latin;
        return new RunFonts { Ascii = latin, HighAnsi = latin, EastAsia = eastAsia, ComplexScript = latin };
    }

    private static Style Heading(int level, int size, bool pageBreakBefore) =>
        Paragraph($"Heading{level}", $"heading {level}", HeiTi, size: size, bold: true, after: 240, outline: level - 1, pageBreakBefore: pageBreakBefore);

    /// <summary>A paragraph style, its properties in the order the schema demands (Word refuses a file otherwise).</summary>
    internal static Style Paragraph(string id, string name, string? font, int? size = null, bool bold = false, bool centered = false,
        int? after = null, int? indent = null, string? color = null, bool @default = false, int? outline = null, bool pageBreakBefore = false)
    {
        var paragraph = new StyleParagraphProperties();
        if (outline is not null)
        {
            paragraph.Append(new KeepNext());
        }

        if (pageBreakBefore)
        {
            paragraph.Append(new PageBreakBefore());
        }

        if (after is { } space)
        {
            paragraph.Append(new SpacingBetweenLines { After = Twips(space) });
        }

        if (indent is { } left)
        {
            paragraph.Append(new Indentation { Left = Twips(left) });
        }

        if (centered)
        {
            paragraph.Append(new Justification { Val = JustificationValues.Center });
        }

        if (outline is { } level)
        {
            paragraph.Append(new OutlineLevel { Val = level });
        }

        var run = new StyleRunProperties();
        if (font is not null)
        {
            run.Append(Fonts(font));
        }

        if (bold)
        {
            run.Append(new Bold());
        }

        if (color is not null)
        {
            run.Append(new Color { Val = color });
        }

        if (size is { } half)
        {
            run.Append(new FontSize { Val = Twips(half) }, new FontSizeComplexScript { Val = Twips(half) });
        }

        var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id, Default = @default ? true : null };
        if (id != "Normal")
        {
            style.Append(new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" });
        }

        style.Append(new PrimaryStyle(), paragraph, run);
        return style;
    }

    private static string Twips(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
