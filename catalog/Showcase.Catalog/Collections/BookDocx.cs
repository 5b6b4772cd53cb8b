using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Showcase.Catalog.Collections;

/// <summary>
/// Writes a <see cref="Book"/> as a Word document: A4, Chinese fonts (宋体 text, 黑体 headings) for Chinese and Latin
/// ones (Times New Roman text, Arial headings) for English, the language set; a cover page, a table of contents that
/// Word fills with page numbers when the file opens, a chapter (Heading 1) per section and one page per case
/// (Heading 2, starting a new page) with its facts, its metrics table, its write-up, the curator's note and a QR code
/// of the live case; page numbers in the footer. A book in both languages prints each case in Chinese, then on the
/// next page in English, and lists both pages in its contents.
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
        Cover(writer, book);
        Contents(writer, book);
        foreach (var edition in book.Editions.Where(e => e.Introduction is not null))
        {
            writer.Heading(1, BookWords.Get("Introduction", edition.Language));
            MarkdownDocx.Append(writer, edition.Introduction!);
        }

        for (var c = 0; c < book.Chapters.Count; c++)
        {
            var chapter = book.Chapters[c];
            writer.Heading(1, BookWords.Chapter(c + 1, chapter.Title, book.Language));
            writer.Paragraph(BookWords.Get("ChapterCases", book.Language, chapter.Cases.Count), BookStyles.Hint);
            for (var i = 0; i < chapter.Cases.Count; i++)
            {
                foreach (var edition in book.Editions)
                {
                    CasePage(writer, edition.Chapters[c].Cases[i], edition.Language);
                }
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

    /// <summary>The cover; a book in both languages carries its English title and edition under the Chinese.</summary>
    private static void Cover(BodyWriter writer, Book book)
    {
        var cover = book.Cover;
        writer.Spacer(2400);
        writer.Paragraph(cover.Title, BookStyles.Title);
        foreach (var line in book.Subtitles)
        {
            writer.Paragraph(line, BookStyles.Subtitle);
        }

        writer.Spacer(3000);
        foreach (var line in new[] { cover.EventName, cover.EventPlace, cover.EventDate }.OfType<string>())
        {
            writer.Paragraph(line, BookStyles.CoverLine);
        }

        writer.Spacer(1200);
        writer.Paragraph(cover.Publisher, BookStyles.CoverLine);
        foreach (var edition in book.Editions)
        {
            writer.Paragraph(edition.Cover.Edition, BookStyles.CoverLine);
        }

        writer.PageBreak();
    }

    /// <summary>
    /// A TOC field over heading levels 1–2, already holding the headings (without page numbers) so the list reads
    /// right even where fields are not updated; Word replaces it with page numbers on opening.
    /// </summary>
    private static void Contents(BodyWriter writer, Book book)
    {
        writer.Paragraph(book.InEveryEdition("Contents"), BookStyles.ContentsHeading);
        var entries = Headings(book).ToArray();
        for (var i = 0; i < entries.Length; i++)
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
            if (i == entries.Length - 1)
            {
                paragraph.Append(new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
            }

            writer.Append(paragraph);
        }
    }

    /// <summary>The headings of levels 1 and 2, in the order <see cref="Write"/> prints them.</summary>
    private static IEnumerable<(int Level, string Text)> Headings(Book book)
    {
        foreach (var edition in book.Editions.Where(e => e.Introduction is not null))
        {
            yield return (1, BookWords.Get("Introduction", edition.Language));
        }

        for (var c = 0; c < book.Chapters.Count; c++)
        {
            yield return (1, BookWords.Chapter(c + 1, book.Chapters[c].Title, book.Language));
            for (var i = 0; i < book.Chapters[c].Cases.Count; i++)
            {
                foreach (var edition in book.Editions)
                {
                    yield return (2, edition.Chapters[c].Cases[i].Title);
                }
            }
        }
    }

    private static void CasePage(BodyWriter writer, BookCase item, BookLanguage language)
    {
        writer.Heading(2, item.Title);
        Original(writer, item, BookOriginal.Title | BookOriginal.Summary);
        if (item.Summary is { } summary)
        {
            writer.Paragraph(summary, BookStyles.Lead);
        }

        writer.Table([15, 85], item.Facts.Select(f => (IReadOnlyList<string>)[f.Label, f.Value]).ToArray(), header: null);
        for (var i = 0; i < item.Pictures.Count; i++)
        {
            writer.Picture(item.Pictures[i], BookWords.Get("Figure", language, i + 1, Caption(item, item.Pictures[i], "")));
        }

        if (item.Metrics.Count > 0)
        {
            writer.Heading(3, BookWords.Get("Results", language));
            writer.Table([34, 18, 16, 16, 16],
                item.Metrics.Select(m => (IReadOnlyList<string>)[m.Name, m.Unit, m.Before, m.After, m.Change]).ToArray(),
                header: [.. new[] { "MetricName", "MetricUnit", "MetricBefore", "MetricAfter", "MetricChange" }.Select(k => BookWords.Get(k, language))]);
        }

        if (item.Body is { } body)
        {
            writer.Heading(3, BookWords.Get("FullText", language));
            Original(writer, item, BookOriginal.Body);
            var figure = item.Pictures.Count;
            MarkdownDocx.Append(writer, body, item.BodyPictures, (picture, description) => BookWords.Get("Figure", language, ++figure, Caption(item, picture, description)));
        }

        if (item.Note is { } note)
        {
            writer.Heading(3, BookWords.Get("EditorNote", language));
            writer.Paragraph(note, BookStyles.Note);
        }

        writer.QrCode(QrCodes.Png(item.Url), BookWords.Get("ScanQr", language, item.Url));
    }

    /// <summary>The marker before parts of an English page printed in their Chinese original (the title and summary, or the body).</summary>
    private static void Original(BodyWriter writer, BookCase item, BookOriginal parts)
    {
        if ((item.Original & parts) != BookOriginal.None)
        {
            writer.Paragraph(BookWords.OriginalMark, BookStyles.Hint);
        }
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
