using Showcase.Common;

namespace Showcase.People;

/// <summary>
/// An account as it is now. <see cref="SecurityStamp"/> changes with the password (and when the account is locked):
/// sessions signed in with an older stamp are no longer accepted.
/// </summary>
[GenerateSerializer, Immutable, Alias("showcase.account-snapshot")]
public sealed record AccountSnapshot(
    [property: Id(0)] AccountKey Key,
    [property: Id(1)] string DisplayName,
    [property: Id(2)] Membership Membership,
    [property: Id(3)] bool IsPlatformAdmin,
    [property: Id(4)] string SecurityStamp,
    [property: Id(5)] int Version,
    [property: Id(6)] DateTimeOffset CreatedAt)
{
    [Id(7)] public string? Mobile { get; init; }

    [Id(8)] public string? Email { get; init; }

    [Id(9)] public bool IsOrganisationAdmin { get; init; }

    /// <summary>A locked account cannot sign in; its sessions and tokens stop at once.</summary>
    [Id(10)] public bool IsLocked { get; init; }

    [Id(11)] public EntityId? RequestedOrganisation { get; init; }

    /// <summary>Why the last request to join an organisation was declined.</summary>
    [Id(12)] public string? DeclinedReason { get; init; }

    public AccountSummary ToSummary() => new(Key.Login, DisplayName, Membership, Version)
    {
        IsOrganisationAdmin = IsOrganisationAdmin,
        IsLocked = IsLocked,
        RequestedOrganisation = RequestedOrganisation,
        CreatedAt = CreatedAt,
    };
}
