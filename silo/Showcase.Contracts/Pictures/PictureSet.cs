using Showcase.Common;

namespace Showcase.Pictures;

/// <summary>
/// An entity's pictures: a cover for cards and the head of its page, and a gallery with captions. A Markdown body may
/// place any of them with <c>![说明](picture:{id})</c>.
/// </summary>
[GenerateSerializer, Immutable, Alias("showcase.picture-set")]
public sealed record PictureSet(
    [property: Id(0)] Picture? Cover,
    [property: Id(1)] IReadOnlyList<Picture> Gallery)
{
    public const int GalleryMax = 12;
    public const int CaptionMax = 100;

    public static PictureSet None { get; } = new(null, []);

    /// <summary>The cover first, then the gallery.</summary>
    public IEnumerable<Picture> All => Cover is null ? Gallery : Gallery.Prepend(Cover);

    public bool Contains(EntityId id) => All.Any(p => p.Id == id);

    public Picture? Find(EntityId id) => All.FirstOrDefault(p => p.Id == id);

    public bool Equals(PictureSet? other) => other is not null && Cover == other.Cover && Gallery.SequenceEqual(other.Gallery);

    public override int GetHashCode() => HashCode.Combine(Cover, Gallery.Count);
}
