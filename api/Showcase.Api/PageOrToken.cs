using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace Showcase.Api;

/// <summary>
/// Who may post to the plain HTTP endpoints (uploads, downloads made by a post): a page of ours, with its antiforgery
/// token, or a program with its access token — never another site posting in someone's name with their cookie.
/// </summary>
public static class PageOrToken
{
    public static async Task<bool> IsAllowedAsync(HttpContext http, IAntiforgery antiforgery) =>
        http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
        || await antiforgery.IsRequestValidAsync(http);
}
