using Showcase.Tenancy;

namespace Showcase.People;

public static class PeopleGrainFactoryExtensions
{
    public static IAccountGrain GetAccount(this IGrainFactory grains, AccountKey key) =>
        grains.GetGrain<IAccountGrain>(key.ToString());

    public static IOrganisationGrain GetOrganisation(this IGrainFactory grains, OrganisationKey key) =>
        grains.GetGrain<IOrganisationGrain>(key.ToString());

    public static IPeopleDirectoryGrain GetPeopleDirectory(this IGrainFactory grains, TenantId tenant) =>
        grains.GetGrain<IPeopleDirectoryGrain>(tenant.Value);
}
