namespace Showcase.People;

[GenerateSerializer, Immutable, Alias("showcase.organisation-snapshot")]
public sealed record OrganisationSnapshot(
    [property: Id(0)] OrganisationKey Key,
    [property: Id(1)] OrganisationProfile Profile,
    [property: Id(2)] int Version,
    [property: Id(3)] DateTimeOffset CreatedAt,
    [property: Id(4)] DateTimeOffset UpdatedAt)
{
    public OrganisationSummary ToSummary() => new(Key.Id, Profile.Name, Profile.Kind, Version);
}
