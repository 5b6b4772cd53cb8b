using Orleans.Concurrency;
using Showcase.Audit;
using Showcase.Common;

namespace Showcase.People;

/// <summary>An organiser, enterprise or provider inside a tenant. Key: <c>{tenant}/{id}</c> (<see cref="OrganisationKey"/>).</summary>
[Alias("showcase.organisation")]
public interface IOrganisationGrain : IAuditedGrain
{
    /// <summary>Creates a verified organisation; repeating the same call returns it, other content is refused with <c>ALREADY_EXISTS</c>.</summary>
    [Alias("create")]
    Task<OrganisationSnapshot> CreateAsync(OrganisationProfile profile, Actor by);

    /// <summary>
    /// Creates an organisation that signed itself up: every registration detail is required, and it waits for
    /// verification. Repeating the same call returns it.
    /// </summary>
    [Alias("sign-up")]
    Task<OrganisationSnapshot> SignUpAsync(OrganisationProfile profile, Actor by);

    /// <summary>
    /// Replaces the profile (the kind never changes). Stale <paramref name="expectedVersion"/> is refused. A rejected
    /// organisation's correction submits it for verification again.
    /// </summary>
    [Alias("edit-profile")]
    Task<OrganisationSnapshot> EditProfileAsync(OrganisationProfile profile, int expectedVersion, Actor by);

    /// <summary>
    /// Approves or rejects a waiting organisation, suspends a verified one or reinstates a suspended one; rejecting and
    /// suspending need a reason. Deciding what already holds (approving a verified one) returns it unchanged.
    /// </summary>
    [Alias("decide")]
    Task<OrganisationSnapshot> DecideAsync(OrganisationDecision decision, string? reason, Actor by);

    [Alias("get"), ReadOnly]
    Task<OrganisationSnapshot?> GetAsync();

    /// <summary>
    /// Keeps a new invitation. Issuing the same id again (a retry) keeps one invitation: while unused, its secret is
    /// replaced by the new one (the old link stops working); once used or revoked, it is returned as it is.
    /// </summary>
    [Alias("invite")]
    Task<InvitationInfo> InviteAsync(InvitationRequest request, Actor by);

    /// <summary>The invitation when <paramref name="secretHash"/> matches it, whatever its state; otherwise <c>null</c>.</summary>
    [Alias("find-invitation"), ReadOnly]
    Task<InvitationInfo?> FindInvitationAsync(EntityId id, string secretHash);

    /// <summary>
    /// Uses up an open invitation for <paramref name="login"/> (again for the same login: a retry). A wrong, used,
    /// revoked or expired one is refused with <c>INVALID_TOKEN</c>.
    /// </summary>
    [Alias("accept-invitation")]
    Task<InvitationInfo> AcceptInvitationAsync(EntityId id, string secretHash, EntityId login);

    /// <summary>Opens again an invitation <paramref name="login"/> took but could not use (its login was taken meanwhile).</summary>
    [Alias("release-invitation")]
    Task ReleaseInvitationAsync(EntityId id, EntityId login);

    [Alias("revoke-invitation")]
    Task<InvitationInfo> RevokeInvitationAsync(EntityId id, Actor by);

    /// <summary>Invitations, newest first.</summary>
    [Alias("list-invitations"), ReadOnly]
    Task<IReadOnlyList<InvitationInfo>> ListInvitationsAsync();
}
