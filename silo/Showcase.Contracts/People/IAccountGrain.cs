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

    /// <summary>Sets the account's roles and organisation.</summary>
    [Alias("set-membership")]
    Task<AccountSnapshot> SetMembershipAsync(Membership membership, Actor by);

    /// <summary>Adds a personal access token. Issuing the same id again (a retry) returns the token once issued.</summary>
    [Alias("issue-token")]
    Task<AccessTokenInfo> IssueTokenAsync(AccessTokenRequest request, Actor by);

    /// <summary>Revokes a token at once; revoking twice is harmless.</summary>
    [Alias("revoke-token")]
    Task<AccessTokenInfo> RevokeTokenAsync(EntityId tokenId, Actor by);

    /// <summary>The account when <paramref name="secretHash"/> matches an active token of it; otherwise <c>null</c>.</summary>
    [Alias("validate-token"), ReadOnly]
    Task<AccountSnapshot?> ValidateTokenAsync(EntityId tokenId, string secretHash);

    /// <summary>The account's tokens, newest first, revoked and expired ones included.</summary>
    [Alias("list-tokens"), ReadOnly]
    Task<IReadOnlyList<AccessTokenInfo>> ListTokensAsync();
}
