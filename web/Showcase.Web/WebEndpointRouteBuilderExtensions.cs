using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Showcase.Tenancy;
using Showcase.Web.Layout;
using Showcase.Web.Localization;

namespace Showcase.Web;

public static class WebEndpointRouteBuilderExtensions
{
    /// <summary>Maps the server-rendered pages; <c>/</c> sends visitors to the default tenant's portal.</summary>
    public static IEndpointRouteBuilder MapShowcaseWeb(this IEndpointRouteBuilder endpoints, string defaultTenant)
    {
        endpoints.MapGet("/", () => Results.Redirect(PortalPaths.Of(defaultTenant).Home));
        endpoints.MapTextSize();
        endpoints.MapLanguageSwitch();
        endpoints.MapRazorComponents<App>();
        return endpoints;
    }
}
