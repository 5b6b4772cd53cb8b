namespace Showcase.Tenancy;

/// <summary>
/// The parts of Showcase a tenant switches on or off for its portal. <see cref="ListVerifiedProviders"/>: a provider
/// organisation's catalog entry is listed as soon as the organisation is verified, instead of waiting for a curator.
/// </summary>
[GenerateSerializer, Immutable, Alias("showcase.tenant-features")]
public sealed record TenantFeatures(
    [property: Id(0)] bool EnterpriseTasks = true,
    [property: Id(1)] bool ProviderBidding = true,
    [property: Id(2)] bool ListVerifiedProviders = false)
{
    public static TenantFeatures Default { get; } = new();
}
