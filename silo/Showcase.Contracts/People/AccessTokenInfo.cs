using Showcase.Common;

namespace Showcase.People;

/// <summary>A personal access token as its owner sees it: never the secret.</summary>
[GenerateSerializer, Immutable, Alias("showcase.access-token-info")]
public sealed record AccessTokenInfo(
    [property: Id(0)] EntityId Id,
    [property: Id(1)] string Name,
    [property: Id(2)] DateTimeOffset CreatedAt,
    [property: Id(3)] DateTimeOffset ExpiresAt,
    [property: Id(4)] DateTimeOffset? RevokedAt)
{
    public bool IsActive(DateTimeOffset now) => RevokedAt is null && ExpiresAt > now;
}
