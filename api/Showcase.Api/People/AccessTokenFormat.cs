using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using Showcase.Common;
using Showcase.People;
using Showcase.Tenancy;

namespace Showcase.Api.People;

/// <summary>
/// Personal access tokens look like <c>sct_{tenant}_{login}_{token id}_{64 hex secret}</c>: the prefix makes a leaked
/// token easy to spot, the middle says which account grain to ask, and only the secret's SHA-256 is stored.
/// Ids and tenants never contain underscores, so the parts split unambiguously.
/// </summary>
public static class AccessTokenFormat
{
    public const string Prefix = "sct_";

    public static (string Token, string SecretHash) Create(AccountKey account, EntityId tokenId)
    {
        var secret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        return ($"{Prefix}{account.Tenant}_{account.Login}_{tokenId}_{secret}", OneTimeSecret.Hash(secret));
    }

    public static bool TryParse(string token, out AccountKey account, out EntityId tokenId, [NotNullWhen(true)] out string? secretHash)
    {
        account = default;
        tokenId = default;
        secretHash = null;
        if (!token.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var parts = token[Prefix.Length..].Split('_');
        if (parts.Length != 4 || parts[3].Length != 64
            || !TenantId.TryParse(parts[0], out var tenant) || !EntityId.TryParse(parts[1], out var login) || !EntityId.TryParse(parts[2], out tokenId))
        {
            return false;
        }

        account = new AccountKey(tenant, login);
        secretHash = OneTimeSecret.Hash(parts[3]);
        return true;
    }
}
