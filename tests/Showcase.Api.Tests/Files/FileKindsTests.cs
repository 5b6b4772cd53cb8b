using Showcase.Api.Files;
using Showcase.Testing.Files;
using Showcase.Testing.Pictures;

namespace Showcase.Api.Tests.Files;

/// <summary>What an uploaded document is, from its bytes alone.</summary>
public sealed class FileKindsTests
{
    [Fact]
    public void PdfWordAndExcel_AreKnownByTheirBytes()
    {
        Assert.Equal(FileKinds.Pdf, FileKinds.DocumentType(TestDocuments.Pdf));
        Assert.Equal(FileKinds.Docx, FileKinds.DocumentType(TestDocuments.Word()));
        Assert.Equal(FileKinds.Xlsx, FileKinds.DocumentType(TestDocuments.Excel()));
    }

    [Fact]
    public void MacrosPagesPicturesAndOtherZips_AreNoDocument()
    {
        Assert.Null(FileKinds.DocumentType(TestDocuments.WordWithMacros()));
        Assert.Null(FileKinds.DocumentType(TestPictures.HtmlNamedPng));
        Assert.Null(FileKinds.DocumentType(TestPictures.Jpeg()));
        Assert.Null(FileKinds.DocumentType(TestDocuments.WithPart(TestDocuments.EmptyZip(), "readme.txt")));
        Assert.Null(FileKinds.DocumentType("PK\u0003\u0004 not really a zip"u8.ToArray()));
        Assert.Null(FileKinds.DocumentType([]));
    }
}
