using Microsoft.AspNetCore.Http;

namespace Showcase.Web.Layout;

/// <summary>What the header's switches (大字版, 中文 / English) share: a choice remembered for a year, and a way back that stays on this site.</summary>
public static class Switches
{
    /// <summary>Remembers <paramref name="value"/> under <paramref name="cookie"/> for a year (not readable by scripts).</summary>
    public static void Remember(HttpContext context, string cookie, string value) =>
        context.Response.Cookies.Append(cookie, value, new CookieOptions
        {
            MaxAge = TimeSpan.FromDays(365), HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = context.Request.IsHttps, IsEssential = true,
        });

    /// <summary>
    /// Back to <paramref name="back"/> when it is a path on this site; to the site's root otherwise (//host, /\host, a
    /// full address would make the switch an open redirect).
    /// </summary>
    public static IResult Back(string? back) => Results.Redirect(back is ['/', not '/' and not '\\', ..] || back == "/" ? back! : "/");
}
