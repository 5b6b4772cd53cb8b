using System.Buffers.Binary;
using Showcase.Api.Files;
using Showcase.Api.Pictures;
using SkiaSharp;

namespace Showcase.Testing.Pictures;

/// <summary>
/// Pictures made for tests, byte by byte where it matters: a phone photo's EXIF (orientation and GPS), a PNG header
/// that claims billions of pixels, files that lie about what they are.
/// </summary>
public static class TestPictures
{
    /// <summary>A <paramref name="width"/>×<paramref name="height"/> JPEG, red on its left half and blue on its right.</summary>
    public static byte[] Jpeg(int width = 400, int height = 200) => Encode(width, height, SKEncodedImageFormat.Jpeg, opaque: true);

    /// <summary>A PNG, half transparent on its right.</summary>
    public static byte[] TransparentPng(int width = 300, int height = 200) => Encode(width, height, SKEncodedImageFormat.Png, opaque: false);

    public static byte[] WebP(int width = 300, int height = 200) => Encode(width, height, SKEncodedImageFormat.Webp, opaque: true);

    /// <summary>
    /// A JPEG as a phone saves it: EXIF says "rotate 90° clockwise to view" (orientation 6) and carries a GPS latitude
    /// (N 31° 14′, Shanghai) — the kind of tag that tells anyone where a factory is.
    /// </summary>
    public static byte[] PhoneJpegWithGps(int width = 400, int height = 200)
    {
        var jpeg = Jpeg(width, height);
        var exif = ExifSegment();
        return [.. jpeg[..2], .. exif, .. jpeg[2..]];
    }

    /// <summary>A valid PNG header claiming <paramref name="width"/>×<paramref name="height"/> pixels, with no image behind it.</summary>
    public static byte[] PngClaiming(int width, int height)
    {
        var ihdr = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = 8;
        ihdr[9] = 6;
        return [.. FileKinds.PngSignature, .. Chunk("IHDR", ihdr), .. Chunk("IDAT", [0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01]), .. Chunk("IEND", [])];
    }

    public static byte[] HtmlNamedPng { get; } = "<!doctype html><html><body><script>alert(document.cookie)</script></body></html>"u8.ToArray();

    public static byte[] SvgWithScript { get; } = """<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script><rect width="10" height="10"/></svg>"""u8.ToArray();

    /// <summary>A real JPEG with an HTML page appended after its end: a polyglot some sniffers would serve as a page.</summary>
    public static byte[] JpegWithHtmlTail() => [.. Jpeg(), .. HtmlNamedPng];

    /// <summary>PNG's signature followed by nothing that decodes.</summary>
    public static byte[] BrokenPng { get; } = [.. FileKinds.PngSignature, .. "not really a picture"u8];

    /// <summary>The colour at (<paramref name="x"/>, <paramref name="y"/>) of a picture, as a broad name: red, blue or other.</summary>
    public static string ColourAt(byte[] picture, int x, int y)
    {
        using var bitmap = SKBitmap.Decode(picture);
        var colour = bitmap.GetPixel(x, y);
        return colour.Red > 180 && colour.Blue < 80 ? "red" : colour.Blue > 180 && colour.Red < 80 ? "blue" : "other";
    }

    public static (int Width, int Height) SizeOf(byte[] picture) => PictureProcessor.SizeOf(picture);

    private static byte[] Encode(int width, int height, SKEncodedImageFormat format, bool opaque)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(opaque ? SKColors.Blue : SKColors.Transparent);
            using var red = new SKPaint { Color = SKColors.Red };
            canvas.DrawRect(0, 0, width / 2f, height, red);
        }

        using var data = bitmap.Encode(format, 90);
        return data.ToArray();
    }

    /// <summary>APP1 "Exif": IFD0 with Orientation = 6 and a pointer to a GPS IFD holding GPSLatitudeRef N and GPSLatitude 31/14/0.</summary>
    private static byte[] ExifSegment()
    {
        var tiff = new byte[92];
        "II*\0"u8.CopyTo(tiff);
        BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(4), 8);
        Entry(tiff, 8, count: 2);
        Field(tiff, 10, tag: 0x0112, type: 3, count: 1, value: 6);
        Field(tiff, 22, tag: 0x8825, type: 4, count: 1, value: 38);
        Entry(tiff, 38, count: 2);
        Field(tiff, 40, tag: 0x0001, type: 2, count: 2, value: 'N');
        Field(tiff, 52, tag: 0x0002, type: 5, count: 3, value: 68);
        foreach (var (i, degrees) in new[] { (0, 31u), (1, 14u), (2, 0u) })
        {
            BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(68 + i * 8), degrees);
            BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(72 + i * 8), 1);
        }

        byte[] body = [.. "Exif\0\0"u8, .. tiff];
        var segment = new byte[4 + body.Length];
        segment[0] = 0xFF;
        segment[1] = 0xE1;
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), (ushort)(body.Length + 2));
        body.CopyTo(segment, 4);
        return segment;
    }

    private static void Entry(byte[] tiff, int at, ushort count) => BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(at), count);

    private static void Field(byte[] tiff, int at, ushort tag, ushort type, uint count, uint value)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(at), tag);
        BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(at + 2), type);
        BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(at + 4), count);
        if (type == 3)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(at + 8), (ushort)value);
        }
        else
        {
            BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(at + 8), value);
        }
    }

    private static byte[] Chunk(string type, byte[] data)
    {
        var chunk = new byte[12 + data.Length];
        BinaryPrimitives.WriteInt32BigEndian(chunk, data.Length);
        System.Text.Encoding.ASCII.GetBytes(type).CopyTo(chunk, 4);
        data.CopyTo(chunk, 8);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + data.Length), Crc32(chunk.AsSpan(4, 4 + data.Length)));
        return chunk;
    }

    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }
}
