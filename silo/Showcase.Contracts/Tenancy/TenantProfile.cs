namespace Showcase.Tenancy;

/// <summary>What a tenant shows about itself: the portal's name and a one-line description.</summary>
[GenerateSerializer, Immutable, Alias("showcase.tenant-profile")]
public sealed record TenantProfile(
    [property: Id(0)] string Name,
    [property: Id(1)] string Description);
