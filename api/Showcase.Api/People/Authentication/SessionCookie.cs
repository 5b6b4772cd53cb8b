using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Showcase.People;

namespace Showcase.Api.People.Authentication;

public static class SessionCookie
{
    /// <summary>Starts (or renews, with the current security stamp) the session cookie of this account.</summary>
    public static Task SignInAsync(this HttpContext http, AccountSnapshot account) =>
        http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme,
            ShowcaseClaims.ToPrincipal(account, CookieAuthenticationDefaults.AuthenticationScheme));
}
