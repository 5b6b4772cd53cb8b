using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Showcase.Web.Layout;

/// <summary>
/// The 大字版 switch: a plain link that remembers the reader's text size in a cookie for a year and returns to the
/// page it came from, so it works without JavaScript and on every portal alike.
/// </summary>
public static class TextSize
{
    public const string Cookie = "showcase-text";
    public const string Large = "large";

    public static bool IsLarge(HttpContext? context) => context?.Request.Cookies[Cookie] == Large;

    /// <summary>Where the switch points from <paramref name="back"/>: to large text, or back to the standard size.</summary>
    public static string SwitchPath(bool large, string back) =>
        $"/text-size/{(large ? "standard" : Large)}?back={Uri.EscapeDataString(back)}";

    public static IEndpointRouteBuilder MapTextSize(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/text-size/{size}", (string size, string? back, HttpContext context) =>
        {
            if (size == Large)
            {
                Switches.Remember(context, Cookie, Large);
            }
            else
            {
                context.Response.Cookies.Delete(Cookie);
            }

            return Switches.Back(back);
        });
        return endpoints;
    }
}
