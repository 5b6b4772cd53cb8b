using System.Diagnostics;
using Showcase.Api.Files;
using Showcase.Api.Pictures;
using Showcase.Common;
using Showcase.Listings;
using Showcase.Tenancy;
using SkiaSharp;

namespace Showcase.Bench;

/// <summary>
/// Issue 26: what taking a 12-megapixel phone photo costs — checking, turning upright, stripping, resizing to display
/// and thumbnail sizes (<see cref="PictureProcessor"/>), and keeping both files (<see cref="FolderFileStore"/>).
/// The HTTP transfer is not included.
/// </summary>
public static class PictureBench
{
    public static async Task RunAsync(int rounds)
    {
        var photo = Photo(4000, 3000);
        Console.WriteLine($"12-megapixel JPEG (4000×3000): {photo.Length / 1024.0 / 1024.0:0.0} MB");
        var store = new FolderFileStore(Path.Combine(Path.GetTempPath(), "showcase-picture-bench-" + Guid.NewGuid().ToString("N")));
        var tenant = TenantId.Parse("bench");

        for (var warm = 0; warm < 3; warm++)
        {
            PictureProcessor.Process(photo);
        }

        var process = new List<double>();
        var keep = new List<double>();
        var allocated = new List<long>();
        for (var round = 0; round < rounds; round++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            var picture = PictureProcessor.Process(photo);
            process.Add(clock.Elapsed.TotalMilliseconds);
            allocated.Add(GC.GetAllocatedBytesForCurrentThread() - before);

            clock.Restart();
            var id = EntityId.New();
            await PictureService.KeepAsync(store, tenant, id, picture, PictureOwner.Of(CatalogKind.Case, EntityId.Parse("bench")), uploadedBy: null, CancellationToken.None);
            keep.Add(clock.Elapsed.TotalMilliseconds);
        }

        Console.WriteLine($"process (check, upright, strip, resize ×2, encode ×2): p50 {Percentiles.Of(process, 50):0} ms, p99 {Percentiles.Of(process, 99):0} ms over {rounds}");
        Console.WriteLine($"keep both files: p50 {Percentiles.Of(keep, 50):0.0} ms");
        Console.WriteLine($"managed bytes allocated per picture: {allocated.Average() / 1024 / 1024:0.0} MB (the decoded pixels live in Skia's native memory)");
    }

    /// <summary>A photo-like JPEG: gradients, shapes and grain, so it compresses like a real one (a few MB).</summary>
    public static byte[] Photo(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque);
        using (var canvas = new SKCanvas(bitmap))
        {
            using var sky = new SKPaint { Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(0, height), [new SKColor(0x9c, 0xc3, 0xe6), new SKColor(0x55, 0x60, 0x6b)], SKShaderTileMode.Clamp) };
            canvas.DrawRect(0, 0, width, height, sky);
            var random = new Random(12);
            using var paint = new SKPaint { IsAntialias = true };
            for (var i = 0; i < 400; i++)
            {
                paint.Color = new SKColor((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256), 160);
                canvas.DrawRoundRect(random.Next(width), random.Next(height), random.Next(40, 600), random.Next(40, 400), 12, 12, paint);
            }
        }

        var pixels = bitmap.GetPixelSpan();
        var grain = new Random(3);
        var noise = new byte[pixels.Length];
        grain.NextBytes(noise);
        for (var i = 0; i < pixels.Length; i++)
        {
            if (i % 4 != 3)
            {
                pixels[i] = (byte)Math.Clamp(pixels[i] + (noise[i] % 17) - 8, 0, 255);
            }
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, 90);
        return data.ToArray();
    }
}
