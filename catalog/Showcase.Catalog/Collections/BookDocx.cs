using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Showcase.Catalog.Collections;

/// <summary>
/// Writes a <see cref="Book"/> as a Word document: A4, Chinese fonts (宋体 text, 黑体 headings) and language set,
/// a cover page, a table of contents that Word fills with page numbers when the file opens, a chapter (Heading 1)
/// per section and one page per case (Heading 2, starting a new page) with its facts, its metrics table, its
/// write-up, the curator's note and a QR code of the live case; page numbers in the footer.
/// </summary>
public static class BookDocx
{
    public static void Write(Stream stream, Book book)
    {
        using var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        BookStyles.AddTo(main);
        main.AddNewPart<DocumentSettingsPart>().Settings = new Settings(new UpdateFieldsOnOpen { Val = true });
        var footerId = AddFooter(main);

        var body = new Body();
        var writer = new BodyWriter(main, body);
        Cover(writer, book.Cover);
        Contents(writer, book);
        if (book.Introduction is { } introduction)
        {
            writer.Heading(1, "前言");
            MarkdownDocx.Append(writer, introduction);
        }

        for (var c = 0; c < book.Chapters.Count; c++)
        {
            var chapter = book.Chapters[c];
            writer.Heading(1, $"{ChineseNumbers.Chapter(c + 1)}　{chapter.Title}");
            writer.Paragraph($"本章收录 {chapter.Cases.Count} 个案例。", BookStyles.Hint);
            foreach (var item in chapter.Cases)
            {
                CasePage(writer, item);
            }
        }

        body.Append(new SectionProperties(
            new FooterReference { Type = HeaderFooterValues.Default, Id = footerId },
            new PageSize { Width = 11906, Height = 16838 },
            new PageMargin { Top = 1440, Bottom = 1440, Left = 1644, Right = 1644, Header = 851, Footer = 851, Gutter = 0 },
            new TitlePage()));
        main.Document = new Document(body);
        main.Document.Save();
    }

    private static void Cover(BodyWriter writer, BookCover cover)
    {
        writer.Spacer(2400);
        writer.Paragraph(cover.Title, BookStyles.Title);
        if (cover.Subtitle is { } subtitle)
        {
            writer.Paragraph(subtitle, BookStyles.Subtitle);
        }

        writer.Spacer(3000);
        foreach (var line in new[] { cover.EventName, cover.EventPlace, cover.EventDate }.OfType<string>())
        {
            writer.Paragraph(line, BookStyles.CoverLine);
        }

        writer.Spacer(1200);
        writer.Paragraph(cover.Publisher, BookStyles.CoverLine);
        writer.Paragraph(cover.Edition, BookStyles.CoverLine);
        writer.PageBreak();
    }

    /// <summary>
    /// A TOC field over heading levels 1–2, already holding the headings (without page numbers) so the list reads
    /// right even where fields are not updated; Word replaces it with page numbers on opening.
    /// </summary>
    private static void Contents(BodyWriter writer, Book book)
    {
        writer.Paragraph("目　录", BookStyles.ContentsHeading);
        var entries = new List<(int Level, string Text)>();
        if (book.Introduction is not null)
        {
            entries.Add((1, "前言"));
        }

        for (var c = 0; c < book.Chapters.Count; c++)
        {
            entries.Add((1, $"{ChineseNumbers.Chapter(c + 1)}　{book.Chapters[c].Title}"));
            entries.AddRange(book.Chapters[c].Cases.Select(item => (2, item.Title)));
        }

        for (var i = 0; i < entries.Count; i++)
        {
            var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = $"TOC{entries[i].Level}" }));
            if (i == 0)
            {
                paragraph.Append(
                    new Run(new FieldChar { FieldCharType = FieldCharValues.Begin, Dirty = true }),
                    new Run(new FieldCode(" TOC \\o \"1-2\" \\h \\z \\u ") { Space = SpaceProcessingModeValues.Preserve }),
                    new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }));
            }

            paragraph.Append(new Run(new Text(entries[i].Text)));
            if (i == entries.Count - 1)
            {
                paragraph.Append(new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
            }

            writer.Append(paragraph);
        }
    }

    private static void CasePage(BodyWriter writer, BookCase item)
    {
        writer.Heading(2, item.Title);
        if (item.Summary is { } summary)
        {
            writer.Paragraph(summary, BookStyles.Lead);
        }

        writer.Table([15, 85], item.Facts.Select(f => (IReadOnlyList<string>)[f.Label, f.Value]).ToArray(), header: null);
        for (var i = 0; i < item.Pictures.Count; i++)
        {
            writer.Picture(item.Pictures[i], $"图 {i + 1}　{Caption(item, item.Pictures[i], "")}");
        }
        if (item.Metrics.Count > 0)
        {
            writer.Heading(3, "实施成效");
            writer.Table([34, 18, 16, 16, 16],
                item.Metrics.Select(m => (IReadOnlyList<string>)[m.Name, m.Unit, m.Before, m.After, m.Change]).ToArray(),
                header: ["指标", "单位", "实施前", "实施后", "变化"]);
        }

        if (item.Body is { } body)
        {
            writer.Heading(3, "案例详情");
            var figure = item.Pictures.Count;
            MarkdownDocx.Append(writer, body, item.BodyPictures, (picture, description) => $"图 {++figure}　{Caption(item, picture, description)}");
        }

        if (item.Note is { } note)
        {
            writer.Heading(3, "编者按");
            writer.Paragraph(note, BookStyles.Note);
        }

        writer.QrCode(QrCodes.Png(item.Url), $"扫码查看在线案例：{item.Url}");
    }

    /// <summary>A picture's caption: what the body's image says of it, else its own caption, else the case's title.</summary>
    public static string Caption(BookCase item, BookPicture picture, string description) =>
        description.Length > 0 ? description : picture.Caption ?? item.Title;

    private static string AddFooter(MainDocumentPart main)
    {
        var part = main.AddNewPart<FooterPart>();
        part.Footer = new Footer(new Paragraph(
            new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            new Run(new Text("1")),
            new Run(new FieldChar { FieldCharType = FieldCharValues.End })));
        part.Footer.Save();
        return main.GetIdOfPart(part);
    }
}
