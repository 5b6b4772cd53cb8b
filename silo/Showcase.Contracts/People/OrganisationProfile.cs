namespace Showcase.People;

/// <summary>What an organisation says about itself.</summary>
[GenerateSerializer, Immutable, Alias("showcase.organisation-profile")]
public sealed record OrganisationProfile(
    [property: Id(0)] string Name,
    [property: Id(1)] OrganisationKind Kind,
    [property: Id(2)] string? Introduction);
