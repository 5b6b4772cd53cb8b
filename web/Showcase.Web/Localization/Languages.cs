using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;
using Showcase.Tenancy;
using Showcase.Web.Layout;

namespace Showcase.Web.Localization;

/// <summary>
/// The two languages of the interface, and how a request's is chosen: <c>?lang=</c> on the address (what the
/// <c>hreflang</c> alternates name), else the person's choice remembered by the switch, else the portal's default
/// language, else the browser's <c>Accept-Language</c>. Addresses stay the same in both. Only the interface's
/// language (<see cref="CultureInfo.CurrentUICulture"/>) follows; numbers and dates keep one format (invariant)
/// whichever language is read.
/// </summary>
public static class Languages
{
    public const string Chinese = TenantProfile.Chinese;
    public const string English = TenantProfile.English;
    public const string Cookie = "showcase-lang";
    public const string Query = "lang";

    public static IReadOnlyList<string> All { get; } = [Chinese, English];

    /// <summary>The language of the interface now: <c>zh-CN</c> or <c>en</c>.</summary>
    public static string Current => TenantProfile.CurrentLanguage;

    /// <summary>The language's own name, as the switch offers it.</summary>
    public static string NativeName(string language) => language == English ? "English" : "中文";

    /// <summary>Where the switch points from <paramref name="back"/>: to <paramref name="language"/>, remembered.</summary>
    public static string SwitchPath(string language, string back) => $"/language/{language}?back={Uri.EscapeDataString(back)}";

    /// <summary>
    /// <paramref name="path"/> (with its query) read in <paramref name="language"/>, or, without one, in whichever
    /// the reader would get: the addresses the <c>hreflang</c> alternates name.
    /// </summary>
    public static string In(string path, string? language)
    {
        var (bare, query) = path.IndexOf('?') is var at and >= 0 ? (path[..at], path[(at + 1)..]) : (path, "");
        var kept = query.Split('&', StringSplitOptions.RemoveEmptyEntries).Where(p => !p.StartsWith(Query + "=", StringComparison.Ordinal)).ToList();
        if (language is not null)
        {
            kept.Add($"{Query}={language}");
        }

        return kept.Count == 0 ? bare : $"{bare}?{string.Join('&', kept)}";
    }

    /// <summary>The interface's languages; <paramref name="strict"/> makes a text missing from the resources an error (development, tests).</summary>
    public static IServiceCollection AddShowcaseLanguages(this IServiceCollection services, bool strict)
    {
        services.AddLocalization();
        if (strict)
        {
            services.AddSingleton<ResourceManagerStringLocalizerFactory>();
            services.Replace(ServiceDescriptor.Singleton<IStringLocalizerFactory, StrictStringLocalizerFactory>());
        }

        services.Configure<RequestLocalizationOptions>(options =>
        {
            var interfaces = All.Select(CultureInfo.GetCultureInfo).ToArray();
            options.DefaultRequestCulture = new RequestCulture(CultureInfo.InvariantCulture, interfaces[0]);
            options.SupportedCultures = [CultureInfo.InvariantCulture];
            options.SupportedUICultures = interfaces;
            options.FallBackToParentUICultures = true;
            options.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider { QueryStringKey = Query, UIQueryStringKey = Query },
                new CookieRequestCultureProvider { CookieName = Cookie },
                new PortalLanguageProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        return services;
    }

    /// <summary><c>GET /language/{zh-CN|en}?back=</c>: remembers the choice for a year and returns to the page.</summary>
    public static IEndpointRouteBuilder MapLanguageSwitch(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/language/{language}", (string language, string? back, HttpContext context) =>
        {
            if (All.Contains(language))
            {
                Switches.Remember(context, Cookie, CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(language)));
            }

            return Switches.Back(back);
        });
        return endpoints;
    }
}
