using Showcase.Common;
using Showcase.Listings;
using Showcase.Pictures;
using Showcase.Titles;

namespace Showcase.PilotZones;

[GenerateSerializer, Immutable, Alias("showcase.pilot-zone-snapshot")]
public sealed record PilotZoneSnapshot(
    [property: Id(0)] CatalogKey Key,
    [property: Id(1)] PilotZoneProfile Profile,
    [property: Id(2)] DemonstrationTitle Title,
    [property: Id(3)] IReadOnlyList<ProgressReport> Reports,
    [property: Id(4)] int Version,
    [property: Id(5)] DateTimeOffset CreatedAt,
    [property: Id(6)] DateTimeOffset UpdatedAt,
    [property: Id(7)] Owner Owner) : ICatalogSnapshot
{
    /// <summary>Public once approved; a plan under review is not.</summary>
    public bool IsPublic => Title.IsPublic(publicWhileBuilding: false);

    public PictureSet PublicPictures => IsPublic ? Profile.Pictures : PictureSet.None;

    public PictureSet LatestPictures => Profile.Pictures;
}
