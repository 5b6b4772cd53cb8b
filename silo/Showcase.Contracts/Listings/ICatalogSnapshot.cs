using Showcase.Common;
using Showcase.Pictures;

namespace Showcase.Listings;

/// <summary>What every catalog entity's snapshot tells about who may see it.</summary>
public interface ICatalogSnapshot
{
    CatalogKey Key { get; }

    Owner Owner { get; }

    /// <summary>Whether it is in the public catalog (some revision published, a title public, a provider listed).</summary>
    bool IsPublic { get; }

    int Version { get; }

    /// <summary>The pictures the public sees: none while the entity is not public.</summary>
    PictureSet PublicPictures { get; }

    /// <summary>The pictures of what its owners and curators edit.</summary>
    PictureSet LatestPictures { get; }
}
