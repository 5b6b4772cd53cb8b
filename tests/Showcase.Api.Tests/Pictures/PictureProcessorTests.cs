using Showcase.Api.Files;
using Showcase.Api.Pictures;
using Showcase.Common;
using Showcase.Testing.Pictures;

namespace Showcase.Api.Tests.Pictures;

/// <summary>What becomes of an upload: only real pictures pass, upright, resized, with nothing of the original's metadata.</summary>
public sealed class PictureProcessorTests
{
    [Fact]
    public void APhonePhoto_LosesItsExifAndGps_AndIsTurnedUpright()
    {
        var upload = TestPictures.PhoneJpegWithGps(400, 200);
        Assert.True(Contains(upload, "Exif"u8), "The crafted upload must carry EXIF, or this test proves nothing.");
        Assert.Equal((400, 200), TestPictures.SizeOf(upload));

        var picture = PictureProcessor.Process(upload);

        Assert.Equal(FileKinds.Jpeg, picture.ContentType);
        foreach (var kept in new[] { picture.Display, picture.Thumbnail })
        {
            Assert.False(Contains(kept, "Exif"u8), "EXIF survived.");
            Assert.False(Contains(kept, [0xFF, 0xE1]), "An APP1 segment survived.");
        }

        Assert.Equal((200, 400), (picture.Width, picture.Height));
        Assert.Equal((200, 400), TestPictures.SizeOf(picture.Display));
        Assert.Equal("red", TestPictures.ColourAt(picture.Display, 100, 20));
        Assert.Equal("blue", TestPictures.ColourAt(picture.Display, 100, 380));
    }

    [Fact]
    public void ABigPicture_IsKeptAtDisplaySize_WithAThumbnail_AndASmallOneIsNotEnlarged()
    {
        var big = PictureProcessor.Process(TestPictures.Jpeg(4000, 3000));
        Assert.Equal((PictureLimits.DisplayEdge, 1200), TestPictures.SizeOf(big.Display));
        Assert.Equal((PictureLimits.ThumbnailEdge, 360), TestPictures.SizeOf(big.Thumbnail));
        Assert.Equal("red", TestPictures.ColourAt(big.Display, 10, 10));
        Assert.Equal("blue", TestPictures.ColourAt(big.Display, 1590, 1190));

        var small = PictureProcessor.Process(TestPictures.Jpeg(300, 100));
        Assert.Equal((300, 100), TestPictures.SizeOf(small.Display));
    }

    [Fact]
    public void Transparency_IsKeptAsPng_AndWebPIsAccepted()
    {
        Assert.Equal(FileKinds.Png, PictureProcessor.Process(TestPictures.TransparentPng()).ContentType);
        Assert.Equal(FileKinds.Png, FileKinds.PictureType(PictureProcessor.Process(TestPictures.TransparentPng()).Display));
        Assert.Equal(FileKinds.Jpeg, PictureProcessor.Process(TestPictures.WebP()).ContentType);
    }

    [Theory]
    [InlineData("html")]
    [InlineData("svg")]
    [InlineData("broken")]
    [InlineData("empty")]
    public void WhatIsNoPicture_IsRefused_WhateverItIsCalled(string kind)
    {
        var bytes = kind switch
        {
            "html" => TestPictures.HtmlNamedPng,
            "svg" => TestPictures.SvgWithScript,
            "broken" => TestPictures.BrokenPng,
            _ => [],
        };

        var refused = Assert.Throws<DomainException>(() => PictureProcessor.Process(bytes, "cover"));
        Assert.Equal(ErrorCodes.UnsupportedFile, refused.Errors[0].Code);
        Assert.Equal("cover", refused.Errors[0].Field);
    }

    [Fact]
    public void APolyglot_IsKeptAsItsPictureOnly()
    {
        var picture = PictureProcessor.Process(TestPictures.JpegWithHtmlTail());
        Assert.False(Contains(picture.Display, "<script"u8));
        Assert.False(Contains(picture.Thumbnail, "<script"u8));
    }

    [Fact]
    public void APictureThatWouldUnpackIntoGigabytes_IsRefusedBeforeDecoding()
    {
        var refused = Assert.Throws<DomainException>(() => PictureProcessor.Process(TestPictures.PngClaiming(40_000, 40_000)));
        Assert.Equal(ErrorCodes.FileTooLarge, refused.Errors[0].Code);

        var tooBig = Assert.Throws<DomainException>(() => PictureProcessor.Process(new byte[PictureLimits.MaxBytes + 1]));
        Assert.Equal(ErrorCodes.FileTooLarge, tooBig.Errors[0].Code);
    }

    private static bool Contains(byte[] bytes, ReadOnlySpan<byte> part) => bytes.AsSpan().IndexOf(part) >= 0;
}
