using Showcase.Audit;
using Showcase.Common;

namespace Showcase.People;

/// <summary>A new single-use invitation to join an organisation. Only the SHA-256 of its secret is kept.</summary>
[GenerateSerializer, Immutable, Alias("showcase.invitation-request")]
public sealed record InvitationRequest(
    [property: Id(0)] EntityId Id,
    [property: Id(1)] string SecretHash,
    [property: Id(2)] DateTimeOffset ExpiresAt,
    [property: Id(3)] string? Email);

/// <summary>An invitation as the organisation's admins see it: never the secret.</summary>
[GenerateSerializer, Immutable, Alias("showcase.invitation-info")]
public sealed record InvitationInfo(
    [property: Id(0)] EntityId Id,
    [property: Id(1)] DateTimeOffset CreatedAt,
    [property: Id(2)] DateTimeOffset ExpiresAt,
    [property: Id(3)] Actor CreatedBy,
    [property: Id(4)] string? Email,
    [property: Id(5)] EntityId? AcceptedBy = null,
    [property: Id(6)] DateTimeOffset? AcceptedAt = null,
    [property: Id(7)] DateTimeOffset? RevokedAt = null)
{
    /// <summary>What a link that matches no invitation is told.</summary>
    public static Sentence Unknown { get; } = Sentence.Of("InvitationUnknown");

    public bool IsOpen(DateTimeOffset now) => WhyClosed(now) is null;

    /// <summary>Why the invitation no longer works (used, revoked, expired), in a sentence that says what to do; null while it is open.</summary>
    public Sentence? WhyClosed(DateTimeOffset now) => this switch
    {
        { AcceptedBy: not null } => Sentence.Of("InvitationUsed"),
        { RevokedAt: not null } => Sentence.Of("InvitationRevoked"),
        _ when ExpiresAt <= now => Sentence.Of("InvitationExpired", ChinaTime.Minutes(ExpiresAt)),
        _ => null,
    };
}
