namespace Showcase.Api.Pictures;

/// <summary>
/// An uploaded picture as kept: upright, with no metadata (no EXIF, so no GPS), in two sizes, JPEG when opaque and PNG
/// when it has transparency — the formats every browser and Word show.
/// </summary>
public sealed record ProcessedPicture(string ContentType, int Width, int Height, byte[] Display, byte[] Thumbnail);
