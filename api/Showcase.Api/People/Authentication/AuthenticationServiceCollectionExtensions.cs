using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Showcase.Api.People.Authentication;

public static class AuthenticationServiceCollectionExtensions
{
    public const string CookieName = "showcase.session";
    private const string SelectScheme = "Showcase";

    /// <summary>
    /// Session cookies for people (HttpOnly, SameSite=Lax, eight hours sliding) and bearer access tokens for programs;
    /// a request with an <c>Authorization</c> header is judged by its token only.
    /// </summary>
    public static IServiceCollection AddShowcaseAuthentication(this IServiceCollection services)
    {
        services.AddScoped<AccountCookieEvents>();
        services.AddAuthentication(SelectScheme)
            .AddPolicyScheme(SelectScheme, "Cookie or access token", options =>
                options.ForwardDefaultSelector = http =>
                    http.Request.Headers.Authorization.Count > 0 ? AccessTokenAuthenticationHandler.SchemeName : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.Cookie.Name = CookieName;
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.SlidingExpiration = true;
                options.EventsType = typeof(AccountCookieEvents);
            })
            .AddScheme<AuthenticationSchemeOptions, AccessTokenAuthenticationHandler>(AccessTokenAuthenticationHandler.SchemeName, null);
        services.AddAuthorization();
        return services;
    }
}
