using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Drawing = DocumentFormat.OpenXml.Drawing;
using Pictures = DocumentFormat.OpenXml.Drawing.Pictures;
using WordDrawing = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace Showcase.Catalog.Collections;

/// <summary>Appends paragraphs, tables and pictures to a Word body, in the book's styles.</summary>
internal sealed class BodyWriter(MainDocumentPart main, Body body)
{
    private const long QrSizeEmu = 1_080_000; // 3 cm
    private const long PictureWidthEmu = 5_400_000; // 15 cm, the text's width on A4
    private const long PictureHeightEmu = 3_600_000; // 10 cm
    private uint _pictures;

    public void Append(OpenXmlElement element) => body.Append(element);

    public void Heading(int level, string text) => Paragraph(text, $"Heading{level}");

    public void Paragraph(string text, string? style = null) => Append(Styled(style, [Runs.Text(text)]));

    public static Paragraph Styled(string? style, IEnumerable<OpenXmlElement> content)
    {
        var paragraph = new Paragraph();
        if (style is not null)
        {
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }

        paragraph.Append(content);
        return paragraph;
    }

    public void Spacer(int twips) =>
        Append(new Paragraph(new ParagraphProperties(new SpacingBetweenLines { Before = twips.ToString(System.Globalization.CultureInfo.InvariantCulture), After = "0" })));

    public void PageBreak() => Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));

    /// <summary>A full-width table; <paramref name="percents"/> are the column widths, the header row (if any) bold and repeated on each page.</summary>
    public void Table(IReadOnlyList<int> percents, IReadOnlyList<IReadOnlyList<string>> rows, IReadOnlyList<string>? header)
    {
        var table = new Table(new TableProperties(
            new TableStyle { Val = "TableGrid" },
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableLayout { Type = TableLayoutValues.Fixed }));
        table.Append(new TableGrid(percents.Select(p => new GridColumn { Width = (p * 87).ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        if (header is not null)
        {
            table.Append(Row(header, percents, bold: true));
        }

        foreach (var row in rows)
        {
            table.Append(Row(row, percents, bold: false));
        }

        Append(table);
        Append(new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0" })));
    }

    public void QrCode(byte[] png, string caption) => Image(png, ImagePartType.Png, QrSizeEmu, QrSizeEmu, caption, "qr");

    /// <summary>A picture at most the text's width and <see cref="PictureHeightEmu"/> high, its shape kept, with its caption beneath.</summary>
    public void Picture(BookPicture picture, string caption)
    {
        var scale = Math.Min((double)PictureWidthEmu / picture.Width, (double)PictureHeightEmu / picture.Height);
        var type = picture.ContentType == "image/png" ? ImagePartType.Png : ImagePartType.Jpeg;
        Image(picture.Content, type, (long)(picture.Width * scale), (long)(picture.Height * scale), caption, "picture");
    }

    private void Image(byte[] content, PartTypeInfo type, long width, long height, string caption, string kind)
    {
        var image = main.AddImagePart(type);
        using (var stream = new MemoryStream(content, writable: false))
        {
            image.FeedData(stream);
        }

        var id = ++_pictures;
        var name = $"{kind}-{id}";
        var inline = new WordDrawing.Inline(
            new WordDrawing.Extent { Cx = width, Cy = height },
            new WordDrawing.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new WordDrawing.DocProperties { Id = id, Name = name, Description = caption },
            new WordDrawing.NonVisualGraphicFrameDrawingProperties(new Drawing.GraphicFrameLocks { NoChangeAspect = true }),
            new Drawing.Graphic(new Drawing.GraphicData(
                new Pictures.Picture(
                    new Pictures.NonVisualPictureProperties(
                        new Pictures.NonVisualDrawingProperties { Id = id, Name = name },
                        new Pictures.NonVisualPictureDrawingProperties()),
                    new Pictures.BlipFill(new Drawing.Blip { Embed = main.GetIdOfPart(image) }, new Drawing.Stretch(new Drawing.FillRectangle())),
                    new Pictures.ShapeProperties(
                        new Drawing.Transform2D(new Drawing.Offset { X = 0, Y = 0 }, new Drawing.Extents { Cx = width, Cy = height }),
                        new Drawing.PresetGeometry(new Drawing.AdjustValueList()) { Preset = Drawing.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        { DistanceFromTop = 0, DistanceFromBottom = 0, DistanceFromLeft = 0, DistanceFromRight = 0 };

        Append(new Paragraph(
            new ParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "0" }, new Justification { Val = JustificationValues.Center }),
            new Run(new DocumentFormat.OpenXml.Wordprocessing.Drawing(inline))));
        Paragraph(caption, BookStyles.Caption);
    }

    private static TableRow Row(IReadOnlyList<string> cells, IReadOnlyList<int> percents, bool bold)
    {
        var row = new TableRow();
        if (bold)
        {
            row.Append(new TableRowProperties(new TableHeader()));
        }

        for (var i = 0; i < cells.Count; i++)
        {
            var run = Runs.Text(cells[i]);
            if (bold)
            {
                run.PrependChild(new RunProperties(new Bold()));
            }

            row.Append(new TableCell(
                new TableCellProperties(new TableCellWidth { Width = (percents[i] * 50).ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Pct }),
                new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0", Line = "300", LineRule = LineSpacingRuleValues.Auto }), run)));
        }

        return row;
    }
}

/// <summary>Runs of text: spaces kept, line breaks as breaks, formatting as asked.</summary>
internal static class Runs
{
    public static Run Text(string text, bool bold = false, bool italic = false, bool strike = false, bool code = false)
    {
        var run = new Run();
        if (bold || italic || strike || code)
        {
            var properties = new RunProperties();
            if (code)
            {
                properties.Append(new RunFonts { Ascii = "Consolas", HighAnsi = "Consolas", EastAsia = BookStyles.SongTi });
            }

            if (bold)
            {
                properties.Append(new Bold());
            }

            if (italic)
            {
                properties.Append(new Italic());
            }

            if (strike)
            {
                properties.Append(new Strike());
            }

            run.Append(properties);
        }

        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }

            run.Append(new Text(lines[i].TrimEnd('\r')) { Space = SpaceProcessingModeValues.Preserve });
        }

        return run;
    }
}
