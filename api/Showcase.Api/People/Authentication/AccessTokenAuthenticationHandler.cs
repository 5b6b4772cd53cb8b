using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Showcase.People;

namespace Showcase.Api.People.Authentication;

/// <summary>
/// <c>Authorization: Bearer sct_…</c>: asks the token's account grain whether the token is still active, on every
/// request, so a revoked token stops working at once.
/// </summary>
public sealed class AccessTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IGrainFactory grains) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "AccessToken";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string authorization = Request.Headers.Authorization.ToString();
        if (!authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var token = authorization["Bearer ".Length..].Trim();
        if (!AccessTokenFormat.TryParse(token, out var key, out var tokenId, out var secretHash))
        {
            return AuthenticateResult.Fail("The access token is malformed.");
        }

        var account = await grains.GetAccount(key).ValidateTokenAsync(tokenId, secretHash);
        return account is null
            ? AuthenticateResult.Fail("The access token is unknown, expired or revoked.")
            : AuthenticateResult.Success(new AuthenticationTicket(ShowcaseClaims.ToPrincipal(account, SchemeName), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = 401;
        Response.Headers[HeaderNames.WWWAuthenticate] = "Bearer";
        return Task.CompletedTask;
    }
}
