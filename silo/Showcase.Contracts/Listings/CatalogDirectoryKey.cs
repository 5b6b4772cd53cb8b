using Showcase.Tenancy;

namespace Showcase.Listings;

/// <summary>The key of a portal's listing of one catalog kind: <c>{tenant}/{kind}</c>, e.g. <c>demo/pilot-zone</c>.</summary>
[GenerateSerializer, Immutable, Alias("showcase.catalog-directory-key")]
public readonly record struct CatalogDirectoryKey(
    [property: Id(0)] TenantId Tenant,
    [property: Id(1)] CatalogKind Kind)
{
    public static CatalogDirectoryKey Parse(string key)
    {
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        return slash < 0
            ? throw new FormatException($"A catalog directory key looks like '{{tenant}}/{{kind}}', not '{key}'.")
            : new CatalogDirectoryKey(TenantId.Parse(key[..slash]), CatalogGrainFactoryExtensions.ParseKindSegment(key[(slash + 1)..]));
    }

    public override string ToString() => $"{Tenant}/{CatalogGrainFactoryExtensions.KindSegment(Kind)}";
}
