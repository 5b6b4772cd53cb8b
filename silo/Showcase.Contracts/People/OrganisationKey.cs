using Showcase.Common;
using Showcase.Tenancy;

namespace Showcase.People;

/// <summary>The key of an organisation grain: <c>{tenant}/{id}</c>.</summary>
[GenerateSerializer, Immutable, Alias("showcase.organisation-key")]
public readonly record struct OrganisationKey(
    [property: Id(0)] TenantId Tenant,
    [property: Id(1)] EntityId Id)
{
    public static OrganisationKey Parse(string key)
    {
        var (tenant, id) = TenantScopedKey.Split(key, "organisation");
        return new OrganisationKey(tenant, id);
    }

    public override string ToString() => $"{Tenant}/{Id}";
}
