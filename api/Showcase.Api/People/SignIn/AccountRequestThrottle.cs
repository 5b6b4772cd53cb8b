using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Showcase.Api.Tenancy;
using Showcase.People;

namespace Showcase.Api.People.SignIn;

/// <summary>
/// Limits sign-ups, invitation acceptances and password-reset requests per IP address and per login, whether they
/// come from a page or from GraphQL: every attempt counts (not only failures), so an address cannot create accounts or
/// send mail without end. A paused attempt is refused with <c>RATE_LIMITED</c> (429 and Retry-After).
/// </summary>
public sealed class AccountRequestThrottle(IGrainFactory grains, IHttpContextAccessor http, RequestTenant tenant, IOptions<SignInThrottleOptions> options)
{
    public async Task CountAsync(string action, string? login)
    {
        var context = http.HttpContext;
        var keys = new List<(string Key, SignInThrottlePolicy Policy)>
        {
            ($"{action}/address/{context?.Connection.RemoteIpAddress?.ToString() ?? "unknown"}", options.Value.AccountRequestsPerAddress.ToPolicy()),
        };
        if (!string.IsNullOrWhiteSpace(login))
        {
            keys.Add(($"{action}/{tenant.Id}/{login.Trim().ToLowerInvariant()}", options.Value.AccountRequestsPerLogin.ToPolicy()));
        }

        var paused = await Task.WhenAll(keys.Select(k => grains.GetSignInThrottle(k.Key).PausedForAsync()));
        if (paused.Max() is { } wait)
        {
            throw SignInThrottle.Paused(context, wait, "操作过于频繁");
        }

        await Task.WhenAll(keys.Select(k => grains.GetSignInThrottle(k.Key).RecordFailureAsync(k.Policy)));
    }
}
