using Showcase.Common;
using Showcase.Tenancy;

namespace Showcase.Collections;

/// <summary>The key of a case collection (案例集) grain: <c>{tenant}/{id}</c>.</summary>
[GenerateSerializer, Immutable, Alias("showcase.collection-key")]
public readonly record struct CollectionKey(
    [property: Id(0)] TenantId Tenant,
    [property: Id(1)] EntityId Id)
{
    public static CollectionKey Parse(string key)
    {
        var (tenant, id) = TenantScopedKey.Split(key, "collection");
        return new CollectionKey(tenant, id);
    }

    public override string ToString() => $"{Tenant}/{Id}";
}
