using Showcase.Common;
using Showcase.Listings;
using Showcase.Pictures;

namespace Showcase.Cases;

/// <summary>
/// A case as stored: the latest revision being worked on (<see cref="Content"/>), and the revision the public reads
/// (<see cref="Published"/>, null unless it is in the catalog). <see cref="Version"/> counts every change.
/// </summary>
[GenerateSerializer, Immutable, Alias("showcase.case-snapshot")]
public sealed record CaseSnapshot(
    [property: Id(0)] CatalogKey Key,
    [property: Id(1)] CaseContent Content,
    [property: Id(2)] int Revision,
    [property: Id(3)] CaseStatus Status,
    [property: Id(4)] CaseRevision? Published,
    [property: Id(5)] int Version,
    [property: Id(6)] DateTimeOffset CreatedAt,
    [property: Id(7)] DateTimeOffset UpdatedAt,
    [property: Id(8)] string? StatusNote,
    [property: Id(9)] Owner Owner) : ICatalogSnapshot
{
    public bool IsPublic => Published is not null;

    /// <summary>The latest revision differs from the one the public reads.</summary>
    public bool HasUnpublishedChanges => Published is not null && Published.Number != Revision;

    public PictureSet PublicPictures => Published?.Content.Pictures ?? PictureSet.None;

    public PictureSet LatestPictures => Content.Pictures;
}
