using Showcase.Common;
using Showcase.Tenancy;

namespace Showcase.Listings;

/// <summary>The key of a case, factory, pilot zone or provider grain: <c>{tenant}/{id}</c>; the grain type says which.</summary>
[GenerateSerializer, Immutable, Alias("showcase.catalog-key")]
public readonly record struct CatalogKey(
    [property: Id(0)] TenantId Tenant,
    [property: Id(1)] EntityId Id)
{
    public static CatalogKey Parse(string key)
    {
        var (tenant, id) = TenantScopedKey.Split(key, "catalog entity");
        return new CatalogKey(tenant, id);
    }

    public override string ToString() => $"{Tenant}/{Id}";
}
