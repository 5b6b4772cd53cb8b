using Showcase.Api.People.SignIn;
using Showcase.Api.Tenancy;
using Showcase.Common;
using Showcase.People;

namespace Showcase.Api.People;

/// <summary>What a person does with their own account: sign in, change the password, manage access tokens.</summary>
public sealed class AccountService(
    IGrainFactory grains,
    RequestTenant tenant,
    CurrentUser current,
    Passwords passwords,
    SignInThrottle throttle,
    TimeProvider clock)
{
    public const int MaxTokenDays = 365;

    /// <summary>
    /// Checks a login and password in the current tenant (platform admins sign in on the platform portal).
    /// Wrong details never say whether the login exists: an unknown login costs the same hashing and is throttled alike
    /// (<see cref="SignInThrottle"/>).
    /// </summary>
    public async Task<AccountSnapshot> VerifyCredentialsAsync(string login, string password)
    {
        var invalid = new DomainException([DomainMessages.Error(ErrorCodes.InvalidCredentials, null, "InvalidCredentials")]);
        if (!LoginName.TryParse(login, out var loginId) || password.Length is 0 or > Passwords.MaxLength)
        {
            throw invalid;
        }

        var key = new AccountKey(tenant.Id, loginId);
        var proof = await throttle.BeginAsync(key);
        var account = grains.GetAccount(key);
        var signIn = await account.GetSignInStateAsync();
        if (!passwords.Verify(signIn?.PasswordHash, password))
        {
            await throttle.FailedAsync(proof);
            throw invalid;
        }

        await throttle.SucceededAsync(proof);
        return signIn!.IsLocked
            ? throw new DomainException([DomainMessages.Error(ErrorCodes.Forbidden, null, "AccountDisabled")])
            : (await account.GetAsync())!;
    }

    public async Task<AccountSnapshot?> MeAsync() =>
        current.User is { } user ? await grains.GetAccount(user.Account).GetAsync() : null;

    /// <summary>Changes the signed-in person's password; every other session of theirs ends.</summary>
    public async Task<AccountSnapshot> ChangePasswordAsync(string currentPassword, string newPassword)
    {
        var user = current.RequireSignedIn();
        var account = grains.GetAccount(user.Account);
        var proof = await throttle.BeginAsync(user.Account, "password-change");
        var signIn = await account.GetSignInStateAsync() ?? throw new DomainException(ErrorCodes.NotFound, Sentence.Of("NoAccount"));
        if (!passwords.Verify(signIn.PasswordHash, currentPassword))
        {
            await throttle.FailedAsync(proof);
            throw new DomainException(ErrorCodes.InvalidCredentials, Sentence.Of("WrongCurrentPassword"), "currentPassword");
        }

        await throttle.SucceededAsync(proof);

        Passwords.CheckNew(newPassword, user.Account.Login.Value, "newPassword");
        return await account.ChangePasswordAsync(passwords.Hash(newPassword), current.AsActor);
    }

    /// <summary>
    /// Issues a personal access token to the account these credentials belong to. The token text is returned
    /// once and never again.
    /// </summary>
    public async Task<(string Token, AccessTokenInfo Info)> IssueTokenAsync(string login, string password, string name, int expiresInDays)
    {
        if (expiresInDays is < 1 or > MaxTokenDays)
        {
            throw new DomainException(ErrorCodes.InvalidValue, Sentence.Of("TokenDaysRange", MaxTokenDays), "expiresInDays");
        }

        var account = await VerifyCredentialsAsync(login, password);
        var tokenId = EntityId.New();
        var (token, secretHash) = AccessTokenFormat.Create(account.Key, tokenId);
        var actor = new Showcase.Audit.Actor(account.Key.ToString(), account.DisplayName);
        var info = await grains.GetAccount(account.Key).IssueTokenAsync(
            new AccessTokenRequest(tokenId, name, secretHash, clock.GetUtcNow().AddDays(expiresInDays)), actor);
        return (token, info);
    }

    public async Task<IReadOnlyList<AccessTokenInfo>> ListTokensAsync() =>
        await grains.GetAccount(current.RequireSignedIn().Account).ListTokensAsync();

    public async Task<AccessTokenInfo> RevokeTokenAsync(string tokenId)
    {
        var user = current.RequireSignedIn();
        return await grains.GetAccount(user.Account).RevokeTokenAsync(EntityId.Parse(tokenId), current.AsActor);
    }
}
