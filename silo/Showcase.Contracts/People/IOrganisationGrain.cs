using Orleans.Concurrency;
using Showcase.Audit;

namespace Showcase.People;

/// <summary>An organiser, enterprise or provider inside a tenant. Key: <c>{tenant}/{id}</c> (<see cref="OrganisationKey"/>).</summary>
[Alias("showcase.organisation")]
public interface IOrganisationGrain : IAuditedGrain
{
    /// <summary>Creates the organisation; repeating the same call returns it, other content is refused with <c>ALREADY_EXISTS</c>.</summary>
    [Alias("create")]
    Task<OrganisationSnapshot> CreateAsync(OrganisationProfile profile, Actor by);

    /// <summary>Replaces name and introduction (the kind never changes). Stale <paramref name="expectedVersion"/> is refused.</summary>
    [Alias("edit-profile")]
    Task<OrganisationSnapshot> EditProfileAsync(OrganisationProfile profile, int expectedVersion, Actor by);

    [Alias("get"), ReadOnly]
    Task<OrganisationSnapshot?> GetAsync();
}
