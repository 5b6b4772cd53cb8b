using QRCoder;

namespace Showcase.Catalog.Collections;

/// <summary>QR codes for printed pages: a phone's camera opens the live case.</summary>
public static class QrCodes
{
    /// <summary>A PNG of the code, <paramref name="pixelsPerModule"/> pixels per dot, with the quiet zone.</summary>
    public static byte[] Png(string url, int pixelsPerModule = 6)
    {
        using var data = Encode(url);
        return new PngByteQRCode(data).GetGraphic(pixelsPerModule);
    }

    /// <summary>An SVG element of the code that scales to its box (no fixed width or height).</summary>
    public static string Svg(string url)
    {
        using var data = Encode(url);
        return new SvgQRCode(data).GetGraphic(4, "#000000", "#ffffff", drawQuietZones: true, sizingMode: SvgQRCode.SizingMode.ViewBoxAttribute);
    }

    private static QRCodeData Encode(string url)
    {
        using var generator = new QRCodeGenerator();
        return generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
    }
}
