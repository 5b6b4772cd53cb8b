using Showcase.Tenancy;

namespace Showcase.People;

public static class PeopleGrainFactoryExtensions
{
    public static IAccountGrain GetAccount(this IGrainFactory grains, AccountKey key) =>
        grains.GetGrain<IAccountGrain>(key.ToString());

    public static IOrganisationGrain GetOrganisation(this IGrainFactory grains, OrganisationKey key) =>
        grains.GetGrain<IOrganisationGrain>(key.ToString());

    /// <summary>The failure count of one sign-in key (an IP address, a login, a trusted device): any text.</summary>
    public static ISignInThrottleGrain GetSignInThrottle(this IGrainFactory grains, string key) =>
        grains.GetGrain<ISignInThrottleGrain>(key);

    public static IPeopleRulesGrain GetPeopleRules(this IGrainFactory grains) => grains.GetGrain<IPeopleRulesGrain>(0);

    public static IPeopleDirectoryGrain GetPeopleDirectory(this IGrainFactory grains, TenantId tenant) =>
        grains.GetGrain<IPeopleDirectoryGrain>(tenant.Value);
}
