using Showcase.Cases;
using SkiaSharp;

namespace Showcase.Silo.Portfolio;

/// <summary>
/// The demo portfolio's pictures, drawn here (nothing copied): a workshop with its line, machines, robot and
/// dashboard for cases and factories, a bar chart of a case's indicators before and after, and an aerial plan of a
/// pilot zone. Each is drawn from its entity's id, so a restart draws the same picture. No text is drawn: captions
/// say what they show.
/// </summary>
public static class DemoPictures
{
    public const int Width = 1280;
    public const int Height = 720;

    public static byte[] Workshop(string seed)
    {
        var random = new Random(Stable(seed));
        var hue = random.Next(0, 360);
        return Draw(canvas =>
        {
            using var wall = Gradient(SKColor.FromHsl(hue, 25, 92), SKColor.FromHsl(hue, 18, 80), 0, Height * 0.62f);
            canvas.DrawRect(0, 0, Width, Height * 0.62f, wall);
            using var floor = Gradient(new SKColor(0x9a, 0xa5, 0xb1), new SKColor(0x6b, 0x77, 0x85), Height * 0.62f, Height);
            canvas.DrawRect(0, Height * 0.62f, Width, Height * 0.38f, floor);
            using var lines = Stroke(new SKColor(255, 255, 255, 60), 2);
            for (var x = -Width; x < Width * 2; x += 160)
            {
                canvas.DrawLine(Width / 2f, Height * 0.62f, x, Height, lines);
            }

            using var light = Fill(new SKColor(255, 255, 240, 200));
            for (var x = 80; x < Width; x += 220)
            {
                canvas.DrawRoundRect(x, 36, 120, 12, 6, 6, light);
            }

            var machines = random.Next(3, 6);
            var step = (Width - 160f) / machines;
            for (var m = 0; m < machines; m++)
            {
                var height = random.Next(150, 250);
                var left = 80 + m * step + 10;
                var top = Height * 0.6f - height;
                using var body = Fill(SKColor.FromHsl((hue + m * 18) % 360, 45, 42 + random.Next(0, 14)));
                canvas.DrawRoundRect(left, top, step - 40, height, 10, 10, body);
                using var screen = Fill(new SKColor(0x7f, 0xe0, 0xf0));
                canvas.DrawRoundRect(left + 18, top + 20, (step - 40) * 0.45f, 46, 4, 4, screen);
                using var lamp = Fill(random.Next(0, 4) == 0 ? new SKColor(0xff, 0xb0, 0x20) : new SKColor(0x2e, 0xcc, 0x71));
                canvas.DrawCircle(left + step - 70, top + 30, 9, lamp);
            }

            using var belt = Fill(new SKColor(0x33, 0x3d, 0x48));
            canvas.DrawRoundRect(40, Height * 0.6f, Width - 80, 34, 17, 17, belt);
            using var roller = Fill(new SKColor(0x8a, 0x96, 0xa3));
            for (var x = 70; x < Width - 60; x += 56)
            {
                canvas.DrawCircle(x, Height * 0.6f + 17, 9, roller);
            }

            using var product = Fill(SKColor.FromHsl((hue + 180) % 360, 55, 55));
            for (var x = 100 + random.Next(0, 60); x < Width - 120; x += 130 + random.Next(0, 90))
            {
                canvas.DrawRoundRect(x, Height * 0.6f - 38, 56, 40, 6, 6, product);
            }

            // A robot arm beside the line.
            var baseX = 180 + random.Next(0, Width - 360);
            var baseY = Height * 0.86f;
            using var robot = Stroke(new SKColor(0xf3, 0x9c, 0x12), 26);
            robot.StrokeCap = SKStrokeCap.Round;
            var elbow = new SKPoint(baseX + random.Next(-90, 90), baseY - 170);
            var wrist = new SKPoint(elbow.X + random.Next(60, 140), elbow.Y + random.Next(-40, 50));
            canvas.DrawLine(baseX, baseY, elbow.X, elbow.Y, robot);
            canvas.DrawLine(elbow.X, elbow.Y, wrist.X, wrist.Y, robot);
            using var joint = Fill(new SKColor(0x2c, 0x3e, 0x50));
            canvas.DrawCircle(baseX, baseY, 30, joint);
            canvas.DrawCircle(elbow.X, elbow.Y, 16, joint);
            canvas.DrawCircle(wrist.X, wrist.Y, 12, joint);

            // A dashboard of the digital twin.
            var panel = new SKRect(Width - 380, 80, Width - 60, 300);
            using var card = Fill(new SKColor(255, 255, 255, 235));
            canvas.DrawRoundRect(panel, 12, 12, card);
            using var bar = Fill(SKColor.FromHsl(hue, 60, 45));
            for (var b = 0; b < 7; b++)
            {
                var h = random.Next(30, 120);
                canvas.DrawRect(panel.Left + 24 + b * 28, panel.Bottom - 24 - h, 18, h, bar);
            }

            using var trend = Stroke(new SKColor(0xe7, 0x4c, 0x3c), 4);
            using var builder = new SKPathBuilder();
            builder.MoveTo(panel.Left + 230, panel.Bottom - 40);
            for (var p = 1; p <= 5; p++)
            {
                builder.LineTo(panel.Left + 230 + p * 14, panel.Bottom - 40 - random.Next(10, 130));
            }

            using var path = builder.Detach();
            canvas.DrawPath(path, trend);
        });
    }

    /// <summary>Each indicator as a pair of bars, before (grey) and after (coloured), each pair scaled to its larger value.</summary>
    public static byte[] Results(IReadOnlyList<CaseMetric> metrics, string seed)
    {
        var hue = new Random(Stable(seed)).Next(0, 360);
        var shown = metrics.Where(m => m.Before is not null).Take(5).ToArray();
        return Draw(canvas =>
        {
            canvas.Clear(SKColors.White);
            using var grid = Stroke(new SKColor(0xd9, 0xe2, 0xec), 2);
            for (var y = 120; y <= 600; y += 120)
            {
                canvas.DrawLine(100, y, Width - 80, y, grid);
            }

            using var axis = Stroke(new SKColor(0x52, 0x60, 0x6d), 3);
            canvas.DrawLine(100, 600, Width - 80, 600, axis);
            using var before = Fill(new SKColor(0xa0, 0xab, 0xb8));
            using var after = Fill(SKColor.FromHsl(hue, 60, 42));
            var slot = (Width - 220f) / Math.Max(1, shown.Length);
            for (var i = 0; i < shown.Length; i++)
            {
                var (was, now) = ((double)shown[i].Before!.Value, (double)shown[i].After);
                var top = Math.Max(Math.Max(was, now), 0.0001);
                var left = 130 + i * slot;
                var width = Math.Min(90, slot / 3);
                canvas.DrawRect(left, (float)(600 - 460 * was / top), width, (float)(460 * was / top), before);
                canvas.DrawRect(left + width + 12, (float)(600 - 460 * now / top), width, (float)(460 * now / top), after);
            }
        });
    }

    /// <summary>A pilot zone seen from above: a river, roads, factory blocks, solar roofs.</summary>
    public static byte[] Zone(string seed)
    {
        var random = new Random(Stable(seed));
        return Draw(canvas =>
        {
            canvas.Clear(new SKColor(0xcf, 0xe3, 0xc5));
            using var river = Stroke(new SKColor(0x6f, 0xa8, 0xdc), 70);
            using var builder = new SKPathBuilder();
            builder.MoveTo(-50, random.Next(100, 300));
            builder.CubicTo(Width * 0.3f, random.Next(0, 500), Width * 0.6f, random.Next(200, 720), Width + 50, random.Next(300, 600));
            using var course = builder.Detach();
            canvas.DrawPath(course, river);

            using var block = new SKPaint { IsAntialias = true };
            using var roof = Fill(new SKColor(0x2c, 0x4a, 0x7a));
            for (var x = 40; x < Width; x += 180)
            {
                for (var y = 40; y < Height; y += 150)
                {
                    if (random.Next(0, 5) == 0)
                    {
                        continue;
                    }

                    block.Color = SKColor.FromHsl(random.Next(190, 230), 15, random.Next(70, 88));
                    var w = random.Next(90, 150);
                    var h = random.Next(60, 110);
                    canvas.DrawRoundRect(x, y, w, h, 6, 6, block);
                    if (random.Next(0, 3) == 0)
                    {
                        for (var r = 0; r < 3; r++)
                        {
                            canvas.DrawRect(x + 10, y + 10 + r * (h - 20) / 3f, w - 20, (h - 20) / 3f - 6, roof);
                        }
                    }
                }
            }

            using var road = Stroke(SKColors.White, 14);
            for (var x = 20; x < Width; x += 180)
            {
                canvas.DrawLine(x, 0, x, Height, road);
            }

            for (var y = 20; y < Height; y += 150)
            {
                canvas.DrawLine(0, y, Width, y, road);
            }
        });
    }

    private static byte[] Draw(Action<SKCanvas> draw)
    {
        using var bitmap = new SKBitmap(Width, Height, SKColorType.Rgba8888, SKAlphaType.Opaque);
        using (var canvas = new SKCanvas(bitmap))
        {
            draw(canvas);
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, 88);
        return data.ToArray();
    }

    private static SKPaint Fill(SKColor colour) => new() { Color = colour, IsAntialias = true };

    private static SKPaint Stroke(SKColor colour, float width) => new() { Color = colour, StrokeWidth = width, IsStroke = true, IsAntialias = true };

    private static SKPaint Gradient(SKColor top, SKColor bottom, float from, float to) => new()
    {
        Shader = SKShader.CreateLinearGradient(new SKPoint(0, from), new SKPoint(0, to), [top, bottom], SKShaderTileMode.Clamp),
    };

    /// <summary>A seed that is the same on every run (string hashes are not).</summary>
    private static int Stable(string text) => text.Aggregate(17, (hash, c) => unchecked(hash * 31 + c));
}
