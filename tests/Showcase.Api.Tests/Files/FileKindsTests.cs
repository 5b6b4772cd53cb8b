using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Showcase.Api.Files;
using Showcase.Testing.Pictures;

namespace Showcase.Api.Tests.Files;

/// <summary>What an uploaded document is, from its bytes alone.</summary>
public sealed class FileKindsTests
{
    [Fact]
    public void PdfWordAndExcel_AreKnownByTheirBytes()
    {
        Assert.Equal(FileKinds.Pdf, FileKinds.DocumentType("%PDF-1.7\n%âãÏÓ\n1 0 obj"u8.ToArray()));
        Assert.Equal(FileKinds.Docx, FileKinds.DocumentType(Word()));
        Assert.Equal(FileKinds.Xlsx, FileKinds.DocumentType(Excel()));
    }

    [Fact]
    public void MacrosPagesPicturesAndOtherZips_AreNoDocument()
    {
        Assert.Null(FileKinds.DocumentType(WithPart(Word(), "word/vbaProject.bin")));
        Assert.Null(FileKinds.DocumentType(TestPictures.HtmlNamedPng));
        Assert.Null(FileKinds.DocumentType(TestPictures.Jpeg()));
        Assert.Null(FileKinds.DocumentType(WithPart(Zip(), "readme.txt")));
        Assert.Null(FileKinds.DocumentType("PK\u0003\u0004 not really a zip"u8.ToArray()));
        Assert.Null(FileKinds.DocumentType([]));
    }

    private static byte[] Word()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            document.AddMainDocumentPart().Document = new DocumentFormat.OpenXml.Wordprocessing.Document(new DocumentFormat.OpenXml.Wordprocessing.Body());
        }

        return stream.ToArray();
    }

    private static byte[] Excel()
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            document.AddWorkbookPart().Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook();
        }

        return stream.ToArray();
    }

    private static byte[] Zip()
    {
        using var stream = new MemoryStream();
        using (new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
        }

        return stream.ToArray();
    }

    private static byte[] WithPart(byte[] zip, string part)
    {
        using var stream = new MemoryStream();
        stream.Write(zip);
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var entry = archive.CreateEntry(part).Open();
            entry.Write([1, 2, 3]);
        }

        return stream.ToArray();
    }
}
