using Showcase.Common;

namespace Showcase.People;

/// <summary>A new account: the password arrives already hashed, the grain never sees it in clear.</summary>
[GenerateSerializer, Immutable, Alias("showcase.account-registration")]
public sealed record AccountRegistration(
    [property: Id(0)] string DisplayName,
    [property: Id(1)] string PasswordHash,
    [property: Id(2)] Membership Membership,
    [property: Id(3)] bool IsPlatformAdmin = false)
{
    [Id(4)] public string? Mobile { get; init; }

    [Id(5)] public string? Email { get; init; }

    /// <summary>Whether the person administers their organisation (invites and removes colleagues).</summary>
    [Id(6)] public bool IsOrganisationAdmin { get; init; }

    /// <summary>An organisation the person asked to join; its admins (or a tenant admin) accept or decline.</summary>
    [Id(7)] public EntityId? RequestedOrganisation { get; init; }
}
