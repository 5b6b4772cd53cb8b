using System.Security.Claims;
using Showcase.Common;
using Showcase.People;

namespace Showcase.Api.People;

/// <summary>How an account travels in a cookie or a token's principal, and back.</summary>
public static class ShowcaseClaims
{
    public const string Account = "showcase:account";
    public const string Organisation = "showcase:org";
    public const string SecurityStamp = "showcase:stamp";
    public const string PlatformAdmin = "showcase:platform-admin";

    public static ClaimsPrincipal ToPrincipal(AccountSnapshot account, string scheme)
    {
        var claims = new List<Claim>
        {
            new(Account, account.Key.ToString()),
            new(ClaimTypes.Name, account.DisplayName),
            new(SecurityStamp, account.SecurityStamp),
        };
        claims.AddRange(account.Membership.Roles.Select(r => new Claim(ClaimTypes.Role, r.ToString())));
        if (account.Membership.Organisation is { } organisation)
        {
            claims.Add(new Claim(Organisation, organisation.Value));
        }

        if (account.IsPlatformAdmin)
        {
            claims.Add(new Claim(PlatformAdmin, "true"));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme, ClaimTypes.Name, ClaimTypes.Role));
    }

    /// <summary>The signed-in person the principal carries, or <c>null</c> for an anonymous or malformed one.</summary>
    public static SignedInUser? FromPrincipal(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        string? accountClaim = principal.FindFirstValue(Account);
        if (accountClaim is null)
        {
            return null;
        }

        AccountKey key;
        try
        {
            key = AccountKey.Parse(accountClaim);
        }
        catch (Exception ex) when (ex is FormatException or DomainException)
        {
            return null;
        }

        var roles = principal.FindAll(ClaimTypes.Role).Select(c => Enum.TryParse<Role>(c.Value, out var role) ? role : (Role?)null).OfType<Role>().ToArray();
        var organisation = EntityId.TryParse(principal.FindFirstValue(Organisation), out var org) ? org : (EntityId?)null;
        return new SignedInUser(
            key,
            principal.Identity.Name ?? key.Login.Value,
            new Membership(roles, organisation),
            principal.HasClaim(PlatformAdmin, "true"),
            principal.FindFirstValue(SecurityStamp) ?? "");
    }
}
