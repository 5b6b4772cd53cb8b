using Orleans.Concurrency;
using Showcase.Audit;
using Showcase.Common;

namespace Showcase.People;

/// <summary>
/// One person's account in one tenant, with its credentials and access tokens.
/// Key: <c>{tenant}/{login}</c> (<see cref="AccountKey"/>). Refusals throw <see cref="DomainException"/> and change nothing.
/// </summary>
[Alias("showcase.account")]
public interface IAccountGrain : IAuditedGrain
{
    /// <summary>Creates the account; an existing login is refused with <c>ALREADY_EXISTS</c>.</summary>
    [Alias("register")]
    Task<AccountSnapshot> RegisterAsync(AccountRegistration registration, Actor by);

    /// <summary>The account, or <c>null</c> when there is none with this login.</summary>
    [Alias("get"), ReadOnly]
    Task<AccountSnapshot?> GetAsync();

    /// <summary>The stored password hash, or <c>null</c> for an unknown login.</summary>
    [Alias("get-sign-in-state"), ReadOnly]
    Task<SignInState?> GetSignInStateAsync();

    /// <summary>Replaces the password hash and the security stamp, which ends every existing session.</summary>
    [Alias("change-password")]
    Task<AccountSnapshot> ChangePasswordAsync(string passwordHash, Actor by);

    /// <summary>
    /// Sets the account's roles and organisation. A pending request to join an organisation is settled by it; moving to
    /// another organisation (or none) drops the organisation-admin flag.
    /// </summary>
    [Alias("set-membership")]
    Task<AccountSnapshot> SetMembershipAsync(Membership membership, Actor by);

    /// <summary>Gives or takes the organisation-admin flag; only a member of an organisation can hold it.</summary>
    [Alias("set-organisation-admin")]
    Task<AccountSnapshot> SetOrganisationAdminAsync(bool isAdmin, Actor by);

    /// <summary>Locks (with a reason) or unlocks the account. Locking ends its sessions and stops its tokens.</summary>
    [Alias("set-locked")]
    Task<AccountSnapshot> SetLockedAsync(bool locked, string? reason, Actor by);

    /// <summary>Declines the person's request to join an organisation, with a reason they read.</summary>
    [Alias("decline-join-request")]
    Task<AccountSnapshot> DeclineJoinRequestAsync(string? reason, Actor by);

    /// <summary>Keeps the hash of a new single-use password-reset secret, replacing any earlier one.</summary>
    [Alias("issue-password-reset")]
    Task IssuePasswordResetAsync(string secretHash, DateTimeOffset expiresAt, Actor by);

    /// <summary>
    /// Sets a new password when <paramref name="secretHash"/> matches the open reset secret, which is used up; ends every
    /// session. A wrong, used or expired secret is refused with <c>INVALID_TOKEN</c>.
    /// </summary>
    [Alias("reset-password")]
    Task<AccountSnapshot> ResetPasswordAsync(string secretHash, string passwordHash);

    /// <summary>Adds a personal access token. Issuing the same id again (a retry) returns the token once issued.</summary>
    [Alias("issue-token")]
    Task<AccessTokenInfo> IssueTokenAsync(AccessTokenRequest request, Actor by);

    /// <summary>Revokes a token at once; revoking twice is harmless.</summary>
    [Alias("revoke-token")]
    Task<AccessTokenInfo> RevokeTokenAsync(EntityId tokenId, Actor by);

    /// <summary>The account when <paramref name="secretHash"/> matches an active token of it and it is not locked; otherwise <c>null</c>.</summary>
    [Alias("validate-token"), ReadOnly]
    Task<AccountSnapshot?> ValidateTokenAsync(EntityId tokenId, string secretHash);

    /// <summary>The account's tokens, newest first, revoked and expired ones included.</summary>
    [Alias("list-tokens"), ReadOnly]
    Task<IReadOnlyList<AccessTokenInfo>> ListTokensAsync();
}
