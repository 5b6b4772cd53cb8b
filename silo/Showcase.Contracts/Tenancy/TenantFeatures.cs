namespace Showcase.Tenancy;

/// <summary>The parts of Showcase a tenant switches on or off for its portal.</summary>
[GenerateSerializer, Immutable, Alias("showcase.tenant-features")]
public sealed record TenantFeatures(
    [property: Id(0)] bool EnterpriseTasks = true,
    [property: Id(1)] bool ProviderBidding = true)
{
    public static TenantFeatures Default { get; } = new();
}
