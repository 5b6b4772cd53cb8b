using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Showcase.People;

namespace Showcase.Api.People.Authentication;

/// <summary>
/// Checks a session cookie against its account on every request: a changed password (new security stamp) ends the
/// session; changed roles are picked up without signing in again.
/// </summary>
public sealed class AccountCookieEvents(IGrainFactory grains) : CookieAuthenticationEvents
{
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var user = context.Principal is null ? null : ShowcaseClaims.FromPrincipal(context.Principal);
        var account = user is null ? null : await grains.GetAccount(user.Account).GetAsync();
        if (user is null || account is null || account.SecurityStamp != user.SecurityStamp)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(context.Scheme.Name);
            return;
        }

        if (!account.Membership.Equals(user.Membership) || account.DisplayName != user.DisplayName)
        {
            context.ReplacePrincipal(ShowcaseClaims.ToPrincipal(account, context.Scheme.Name));
            context.ShouldRenew = true;
        }
    }

    // Pages decide for themselves where to send an anonymous visitor; nothing here redirects.
    public override Task RedirectToLogin(RedirectContext<CookieAuthenticationOptions> context)
    {
        context.Response.StatusCode = 401;
        return Task.CompletedTask;
    }

    public override Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context)
    {
        context.Response.StatusCode = 403;
        return Task.CompletedTask;
    }
}
