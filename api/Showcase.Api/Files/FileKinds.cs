using System.IO.Compression;

namespace Showcase.Api.Files;

/// <summary>What a file is, read from its first bytes: the name and the browser's content type are never believed.</summary>
public static class FileKinds
{
    public const string Png = "image/png";
    public const string Jpeg = "image/jpeg";
    public const string WebP = "image/webp";
    public const string Pdf = "application/pdf";
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The eight bytes every PNG starts with.</summary>
    public static ReadOnlySpan<byte> PngSignature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The picture type the bytes start with, or null when they are no PNG, JPEG or WebP.</summary>
    public static string? PictureType(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith(PngSignature) ? Png
        : bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) ? Jpeg
        : bytes.Length >= 12 && bytes.StartsWith("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8) ? WebP
        : null;

    /// <summary>
    /// The document type of the bytes: PDF, or a Word or Excel file — a zip whose own parts say which, without macros
    /// (only the zip's directory is read, nothing is unpacked) — or null for anything else, whatever it is called.
    /// </summary>
    public static string? DocumentType(byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith("%PDF-"u8))
        {
            return Pdf;
        }

        if (!bytes.AsSpan().StartsWith("PK\u0003\u0004"u8))
        {
            return null;
        }

        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            var parts = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.OrdinalIgnoreCase);
            return !parts.Contains("[Content_Types].xml") || parts.Any(p => p.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase)) ? null
                : parts.Contains("word/document.xml") ? Docx
                : parts.Contains("xl/workbook.xml") ? Xlsx
                : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}
