namespace Showcase.Tenancy;

[GenerateSerializer, Immutable, Alias("showcase.tenant-snapshot")]
public sealed record TenantSnapshot(
    [property: Id(0)] TenantId Id,
    [property: Id(1)] TenantProfile Profile,
    [property: Id(2)] DateTimeOffset CreatedAt,
    [property: Id(3)] int Version = 1);
