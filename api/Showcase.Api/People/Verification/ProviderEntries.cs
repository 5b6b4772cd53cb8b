using Showcase.Api.Tenancy;
using Showcase.Audit;
using Showcase.Common;
using Showcase.Listings;
using Showcase.People;
using Showcase.Providers;

namespace Showcase.Api.People.Verification;

/// <summary>
/// A verified provider organisation's catalog entry: created (with the organisation's own id) from what sign-up asked
/// — name, kind, province, city, the introduction as summary, the main capability — so listing it never fails on
/// data sign-up could have asked for; listed at once where the portal says so (<c>listVerifiedProviders</c>).
/// Safe to repeat: an existing entry is left as its owners keep it.
/// </summary>
public sealed class ProviderEntries(IGrainFactory grains, RequestTenant tenant)
{
    public async Task<ProviderSnapshot?> EnsureForAsync(OrganisationSnapshot organisation, Actor by)
    {
        if (organisation is not { Profile.Kind: OrganisationKind.Provider, IsVerified: true })
        {
            return null;
        }

        var provider = grains.GetProvider(new CatalogKey(tenant.Id, organisation.Key.Id));
        var entry = await provider.GetAsync() ?? await provider.RegisterAsync(Prefilled(organisation.Profile), new Owner(null, organisation.Key.Id), by);
        var listAtOnce = tenant.Current.Profile.EnabledFeatures.ListVerifiedProviders;
        return listAtOnce && entry.Status == ProviderStatus.Draft ? await provider.ListAsync(by) : entry;
    }

    private static ProviderProfile Prefilled(OrganisationProfile organisation) => new()
    {
        Name = organisation.Name,
        Kind = organisation.ProviderKind,
        Province = organisation.Province,
        City = organisation.City,
        Summary = organisation.Introduction is { Length: > 500 } text ? text[..500] : organisation.Introduction,
        Capabilities = organisation is { ProviderIndustry: { } industry, ProviderDomain: { } domain } ? [new Capability(industry, domain, [])] : [],
    };
}
