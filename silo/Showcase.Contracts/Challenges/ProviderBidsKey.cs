using Showcase.Common;
using Showcase.Tenancy;

namespace Showcase.Challenges;

/// <summary>The key of the list of challenges one provider has bid on: <c>{tenant}/{provider}</c>.</summary>
[GenerateSerializer, Immutable, Alias("showcase.provider-bids-key")]
public readonly record struct ProviderBidsKey(
    [property: Id(0)] TenantId Tenant,
    [property: Id(1)] EntityId Provider)
{
    public static ProviderBidsKey Parse(string key)
    {
        var (tenant, provider) = TenantScopedKey.Split(key, "provider bids");
        return new ProviderBidsKey(tenant, provider);
    }

    public override string ToString() => $"{Tenant}/{Provider}";
}
