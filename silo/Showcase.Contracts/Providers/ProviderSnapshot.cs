using Showcase.Common;
using Showcase.Listings;
using Showcase.Pictures;

namespace Showcase.Providers;

[GenerateSerializer, Immutable, Alias("showcase.provider-snapshot")]
public sealed record ProviderSnapshot(
    [property: Id(0)] CatalogKey Key,
    [property: Id(1)] ProviderProfile Profile,
    [property: Id(2)] ProviderStatus Status,
    [property: Id(3)] string? StatusNote,
    [property: Id(4)] int Version,
    [property: Id(5)] DateTimeOffset CreatedAt,
    [property: Id(6)] DateTimeOffset UpdatedAt,
    [property: Id(7)] DateTimeOffset? ListedAt,
    [property: Id(8)] Owner Owner) : ICatalogSnapshot
{
    public bool IsPublic => Status == ProviderStatus.Listed;

    public PictureSet PublicPictures => IsPublic ? Profile.Pictures : PictureSet.None;

    public PictureSet LatestPictures => Profile.Pictures;
}
