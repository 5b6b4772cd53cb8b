using Showcase.Common;

namespace Showcase.Pictures;

/// <summary>
/// A picture as an entity names it: the id of the kept file (never changed: a new upload is a new id), its size as
/// kept, so pages and the Word book lay it out before loading it, and the caption shown beneath it.
/// </summary>
[GenerateSerializer, Immutable, Alias("showcase.picture")]
public sealed record Picture(
    [property: Id(0)] EntityId Id,
    [property: Id(1)] int Width,
    [property: Id(2)] int Height,
    [property: Id(3)] string? Caption = null);
