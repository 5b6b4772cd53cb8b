namespace Showcase.Tenancy;

/// <summary>A portal as it stands; <see cref="DeletionDue"/>: its deletion is scheduled and can be confirmed from then on.</summary>
[GenerateSerializer, Immutable, Alias("showcase.tenant-snapshot")]
public sealed record TenantSnapshot(
    [property: Id(0)] TenantId Id,
    [property: Id(1)] TenantProfile Profile,
    [property: Id(2)] DateTimeOffset CreatedAt,
    [property: Id(3)] int Version = 1,
    [property: Id(4)] DateTimeOffset? DeletionDue = null);
