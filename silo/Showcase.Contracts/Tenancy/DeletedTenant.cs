using Showcase.Audit;

namespace Showcase.Tenancy;

/// <summary>
/// A portal that was deleted: its id stays taken, so no new portal answers at an address people may still have. Its
/// data is erased by the platform's purge, which sets <see cref="PurgedAt"/> when nothing of it is left.
/// </summary>
[GenerateSerializer, Immutable, Alias("showcase.deleted-tenant")]
public sealed record DeletedTenant(
    [property: Id(0)] TenantId Id,
    [property: Id(1)] string Name,
    [property: Id(2)] DateTimeOffset DeletedAt,
    [property: Id(3)] Actor By,
    [property: Id(4)] DateTimeOffset? PurgedAt = null);
