namespace Showcase.Api.Pictures;

/// <summary>What an uploaded picture may be, and the sizes kept of it.</summary>
public static class PictureLimits
{
    /// <summary>Largest upload: a 12-megapixel phone photo is 3–8 MB.</summary>
    public const int MaxBytes = 20 * 1024 * 1024;

    /// <summary>Largest picture by pixels (about 8,000 × 6,000), so a small file cannot unpack into gigabytes.</summary>
    public const long MaxPixels = 50_000_000;

    /// <summary>Long edge of the kept display and print size: sharp at full width on a page and in the printed book.</summary>
    public const int DisplayEdge = 1600;

    /// <summary>Long edge of the thumbnail used in lists, cards and galleries.</summary>
    public const int ThumbnailEdge = 480;
}
