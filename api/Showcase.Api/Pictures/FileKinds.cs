namespace Showcase.Api.Pictures;

/// <summary>What a file is, read from its first bytes: the name and the browser's content type are never believed.</summary>
public static class FileKinds
{
    public const string Png = "image/png";
    public const string Jpeg = "image/jpeg";
    public const string WebP = "image/webp";

    /// <summary>The eight bytes every PNG starts with.</summary>
    public static ReadOnlySpan<byte> PngSignature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The picture type the bytes start with, or null when they are no PNG, JPEG or WebP.</summary>
    public static string? PictureType(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith(PngSignature) ? Png
        : bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) ? Jpeg
        : bytes.Length >= 12 && bytes.StartsWith("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8) ? WebP
        : null;
}
