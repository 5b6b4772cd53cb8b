using Showcase.Common;

namespace Showcase.People;

/// <summary>A new personal access token. Only the SHA-256 of its secret is kept.</summary>
[GenerateSerializer, Immutable, Alias("showcase.access-token-request")]
public sealed record AccessTokenRequest(
    [property: Id(0)] EntityId Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string SecretHash,
    [property: Id(3)] DateTimeOffset ExpiresAt);
