using Showcase.Common;
using Showcase.Listings;
using Showcase.Pictures;
using Showcase.Titles;

namespace Showcase.Factories;

[GenerateSerializer, Immutable, Alias("showcase.factory-snapshot")]
public sealed record FactorySnapshot(
    [property: Id(0)] CatalogKey Key,
    [property: Id(1)] FactoryProfile Profile,
    [property: Id(2)] DemonstrationTitle Title,
    [property: Id(3)] IReadOnlyList<ProgressReport> Reports,
    [property: Id(4)] int Version,
    [property: Id(5)] DateTimeOffset CreatedAt,
    [property: Id(6)] DateTimeOffset UpdatedAt,
    [property: Id(7)] Owner Owner) : ICatalogSnapshot
{
    /// <summary>Public from selection on (建设中 factories are listed as such); declared and rejected ones are not.</summary>
    public bool IsPublic => Title.IsPublic(publicWhileBuilding: true);

    public PictureSet PublicPictures => IsPublic ? Profile.Pictures : PictureSet.None;

    public PictureSet LatestPictures => Profile.Pictures;
}
