using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Showcase.Catalog.Collections;

namespace Showcase.Catalog.Programs;

/// <summary>
/// Writes a <see cref="FormDocument"/> as a Word file in the format the notices prescribe: A4, body 三号仿宋 with
/// single line spacing, first-level headings 三号黑体, second-level 三号楷体; short answers in a two-column table,
/// long ones as paragraphs under their label; the pledge with the lines for the legal representative's seal.
/// </summary>
public static class FormDocx
{
    private const string FangSong = "仿宋";
    private const string KaiTi = "楷体";
    private const int SanHao = 32;

    public static void Write(Stream stream, FormDocument form)
    {
        using var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        AddStyles(main);
        var body = new Body();
        var writer = new BodyWriter(main, body);

        writer.Spacer(2400);
        writer.Paragraph(form.Title, "Title");
        writer.Paragraph(form.Subtitle, "Subtitle");
        writer.Spacer(1800);
        writer.Table([35, 65], form.Cover.Select(l => (IReadOnlyList<string>)[l.Label, l.Value]).ToArray(), header: null);
        writer.PageBreak();

        foreach (var part in form.Parts)
        {
            writer.Heading(1, part.Title);
            foreach (var section in part.Sections)
            {
                writer.Heading(2, section.Title);
                var shortLines = section.Lines.Where(l => !l.Long).ToArray();
                if (shortLines.Length > 0)
                {
                    writer.Table([40, 60], shortLines.Select(l => (IReadOnlyList<string>)[l.Label, l.Value]).ToArray(), header: null);
                }

                foreach (var line in section.Lines.Where(l => l.Long))
                {
                    writer.Heading(3, line.Label);
                    writer.Paragraph(line.Value);
                }
            }
        }

        writer.Heading(1, "真实性承诺");
        writer.Paragraph(form.Pledge);
        writer.Paragraph(form.PledgedBy);
        foreach (var line in new[] { "法定代表人签章：", "公章：", "年　　月　　日" })
        {
            writer.Paragraph(line, "Signature");
        }

        body.Append(new SectionProperties(
            new PageSize { Width = 11906, Height = 16838 },
            new PageMargin { Top = 1440, Bottom = 1440, Left = 1644, Right = 1644, Header = 851, Footer = 851, Gutter = 0 }));
        main.Document = new Document(body);
        main.Document.Save();
    }

    private static void AddStyles(MainDocumentPart main)
    {
        var part = main.AddNewPart<StyleDefinitionsPart>();
        part.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    BookStyles.Fonts(FangSong),
                    new FontSize { Val = "32" },
                    new FontSizeComplexScript { Val = "32" },
                    new Languages { Val = "en-US", EastAsia = "zh-CN" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }))),
            BookStyles.Paragraph("Normal", "Normal", null, @default: true),
            BookStyles.Paragraph("Title", "Title", BookStyles.HeiTi, size: 44, bold: true, centered: true, after: 480),
            BookStyles.Paragraph("Subtitle", "Subtitle", BookStyles.HeiTi, size: SanHao, centered: true),
            BookStyles.Paragraph("Heading1", "heading 1", BookStyles.HeiTi, size: SanHao, after: 240, outline: 0, pageBreakBefore: true),
            BookStyles.Paragraph("Heading2", "heading 2", KaiTi, size: SanHao, after: 120, outline: 1),
            BookStyles.Paragraph("Heading3", "heading 3", FangSong, size: SanHao, bold: true, after: 60, outline: 2),
            BookStyles.Paragraph("Signature", "Signature", FangSong, size: SanHao, indent: 4200),
            BookStyles.TableGrid());
        part.Styles.Save();
    }
}
