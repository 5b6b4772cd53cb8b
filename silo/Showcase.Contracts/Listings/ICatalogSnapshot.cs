using Showcase.Common;

namespace Showcase.Listings;

/// <summary>What every catalog entity's snapshot tells about who may see it.</summary>
public interface ICatalogSnapshot
{
    CatalogKey Key { get; }

    Owner Owner { get; }

    /// <summary>Whether it is in the public catalog (some revision published, a title public, a provider listed).</summary>
    bool IsPublic { get; }

    int Version { get; }
}
