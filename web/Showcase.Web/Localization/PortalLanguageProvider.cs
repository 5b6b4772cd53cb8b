using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.DependencyInjection;
using Showcase.Api.Tenancy;

namespace Showcase.Web.Localization;

/// <summary>
/// The portal's default language (set by its admins), for a person who has not chosen one. Not for programs: a
/// GraphQL request reads its messages in its <c>Accept-Language</c>.
/// </summary>
public sealed class PortalLanguageProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var tenant = httpContext.RequestServices.GetService<RequestTenant>();
        var program = httpContext.Request.Path.Value?.EndsWith("/graphql", StringComparison.Ordinal) == true;
        return Task.FromResult(tenant is { IsResolved: true } && !program ? new ProviderCultureResult(tenant.Current.Profile.DefaultLocale) : null);
    }
}
