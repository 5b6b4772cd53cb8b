using Showcase.Api.Files;
using Showcase.Common;
using SkiaSharp;

namespace Showcase.Api.Pictures;

/// <summary>
/// Turns uploaded bytes into a <see cref="ProcessedPicture"/> with Skia: the type is read from the bytes, the pixel
/// count checked before decoding, the EXIF orientation applied, and the picture re-encoded from its pixels alone, so
/// nothing of the upload but its image survives (no metadata, nothing appended or hidden in it).
/// </summary>
public static class PictureProcessor
{
    private static readonly SKSamplingOptions Sampling = new(SKCubicResampler.Mitchell);

    /// <summary>The picture, or <see cref="DomainException"/> (<c>UNSUPPORTED_FILE</c>, <c>FILE_TOO_LARGE</c>) naming <paramref name="field"/>.</summary>
    public static ProcessedPicture Process(byte[] upload, string field = "picture")
    {
        if (upload.Length > PictureLimits.MaxBytes)
        {
            throw new DomainException(ErrorCodes.FileTooLarge, Sentence.Of("PictureTooBig", PictureLimits.MaxBytes / 1024 / 1024), field);
        }

        var declared = FileKinds.PictureType(upload) ?? throw Unsupported(field);
        using var data = SKData.CreateCopy(upload);
        using var codec = SKCodec.Create(data) ?? throw Unsupported(field);
        if (FormatOf(codec.EncodedFormat) != declared)
        {
            throw Unsupported(field);
        }

        var (width, height) = (codec.Info.Width, codec.Info.Height);
        if ((long)width * height > PictureLimits.MaxPixels)
        {
            throw new DomainException(ErrorCodes.FileTooLarge, Sentence.Of("PictureTooManyPixels", width, height), field);
        }

        using var pixels = Decode(codec, PictureLimits.DisplayEdge) ?? throw Unsupported(field);
        using var image = SKImage.FromBitmap(pixels);
        var opaque = pixels.AlphaType == SKAlphaType.Opaque || IsOpaque(pixels);
        var upright = Turns(codec.EncodedOrigin) ? (height, width) : (width, height);
        using var display = Draw(image, codec.EncodedOrigin, Fit(upright, PictureLimits.DisplayEdge));
        using var displayed = SKImage.FromBitmap(display);
        using var thumbnail = Draw(displayed, SKEncodedOrigin.TopLeft, Fit((display.Width, display.Height), PictureLimits.ThumbnailEdge));
        return new ProcessedPicture(
            opaque ? FileKinds.Jpeg : FileKinds.Png,
            display.Width,
            display.Height,
            Encode(display, opaque),
            Encode(thumbnail, opaque));
    }

    /// <summary>The width and height of a kept picture, read from its header.</summary>
    public static (int Width, int Height) SizeOf(byte[] picture)
    {
        using var data = SKData.CreateCopy(picture);
        using var codec = SKCodec.Create(data) ?? throw new InvalidOperationException("A kept picture does not decode.");
        return (codec.Info.Width, codec.Info.Height);
    }

    private static DomainException Unsupported(string field) =>
        new(ErrorCodes.UnsupportedFile, Sentence.Of("PictureFormat"), field);

    private static string? FormatOf(SKEncodedImageFormat format) => format switch
    {
        SKEncodedImageFormat.Png => FileKinds.Png,
        SKEncodedImageFormat.Jpeg => FileKinds.Jpeg,
        SKEncodedImageFormat.Webp => FileKinds.WebP,
        _ => null,
    };

    /// <summary>Decodes at the smallest size the codec offers (JPEG shrinks by n/8 while decoding) that still covers <paramref name="edge"/>.</summary>
    private static SKBitmap? Decode(SKCodec codec, int edge)
    {
        var full = codec.Info;
        var size = full.Size;
        var longEdge = Math.Max(full.Width, full.Height);
        for (var eighths = (int)Math.Ceiling(8.0 * edge / longEdge); eighths < 8; eighths++)
        {
            var scaled = codec.GetScaledDimensions(eighths / 8f);
            if (Math.Max(scaled.Width, scaled.Height) >= edge)
            {
                size = scaled;
                break;
            }
        }

        var bitmap = new SKBitmap(new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        var result = codec.GetPixels(bitmap.Info, bitmap.GetPixels());
        if (result is SKCodecResult.Success or SKCodecResult.IncompleteInput)
        {
            return bitmap;
        }

        bitmap.Dispose();
        return null;
    }

    private static bool IsOpaque(SKBitmap bitmap)
    {
        var span = bitmap.GetPixelSpan();
        for (var i = 3; i < span.Length; i += 4)
        {
            if (span[i] != 255)
            {
                return false;
            }
        }

        return true;
    }

    private static bool Turns(SKEncodedOrigin origin) => origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;

    private static SKSizeI Fit((int Width, int Height) size, int edge)
    {
        var scale = Math.Min(1.0, (double)edge / Math.Max(size.Width, size.Height));
        return new SKSizeI(Math.Max(1, (int)Math.Round(size.Width * scale)), Math.Max(1, (int)Math.Round(size.Height * scale)));
    }

    /// <summary>Draws the stored pixels upright at <paramref name="size"/>: the EXIF orientation becomes part of the picture.</summary>
    private static SKBitmap Draw(SKImage image, SKEncodedOrigin origin, SKSizeI size)
    {
        var bitmap = new SKBitmap(new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(SKColors.Transparent);
        canvas.SetMatrix(Orientation(origin, size.Width, size.Height));
        var target = Turns(origin) ? new SKRect(0, 0, size.Height, size.Width) : new SKRect(0, 0, size.Width, size.Height);
        using var paint = new SKPaint();
        canvas.DrawImage(image, SKRect.Create(image.Width, image.Height), target, Sampling, paint);
        return bitmap;
    }

    /// <summary>The transform that puts a picture stored with <paramref name="origin"/> upright in a <paramref name="width"/>×<paramref name="height"/> box.</summary>
    private static SKMatrix Orientation(SKEncodedOrigin origin, int width, int height) => origin switch
    {
        SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, width, 0, 1, 0, 0, 0, 1),
        SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, width, 0, -1, height, 0, 0, 1),
        SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, height, 0, 0, 1),
        SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
        SKEncodedOrigin.RightTop => new SKMatrix(0, -1, width, 1, 0, 0, 0, 0, 1),
        SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, width, -1, 0, height, 0, 0, 1),
        SKEncodedOrigin.LeftBottom => new SKMatrix(0, 1, 0, -1, 0, height, 0, 0, 1),
        _ => SKMatrix.Identity,
    };

    private static byte[] Encode(SKBitmap bitmap, bool opaque)
    {
        using var pixmap = bitmap.PeekPixels();
        using var encoded = opaque
            ? pixmap.Encode(new SKJpegEncoderOptions(85, SKJpegEncoderDownsample.Downsample420, SKJpegEncoderAlphaOption.Ignore))
            : pixmap.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.AllFilters, 6));
        return encoded?.ToArray() ?? throw new InvalidOperationException("Skia could not encode the picture.");
    }
}
