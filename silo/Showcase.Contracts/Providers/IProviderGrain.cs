using Orleans.Concurrency;
using Showcase.Audit;
using Showcase.Common;
using Showcase.Listings;

namespace Showcase.Providers;

/// <summary>One solution provider: registered → listed in the catalog → delisted. Key <c>{tenant}/{id}</c>.</summary>
[Alias("showcase.provider")]
public interface IProviderGrain : ICatalogEntityGrain
{
    /// <summary>Registers the provider; a retry with the same profile returns it, other content is <c>ALREADY_EXISTS</c>.</summary>
    [Alias("register")]
    Task<ProviderSnapshot> RegisterAsync(ProviderProfile profile, Owner owner, Actor by);

    [Alias("edit")]
    Task<ProviderSnapshot> EditAsync(ProviderProfile profile, int expectedVersion, Actor by);

    /// <summary>Lists the provider in the catalog once its profile is complete. Listing twice is harmless.</summary>
    [Alias("list")]
    Task<ProviderSnapshot> ListAsync(Actor by);

    /// <summary>Takes it out of the catalog, with the reason.</summary>
    [Alias("delist")]
    Task<ProviderSnapshot> DelistAsync(string reason, Actor by);

    [Alias("get"), AlwaysInterleave]
    Task<ProviderSnapshot?> GetAsync();
}
