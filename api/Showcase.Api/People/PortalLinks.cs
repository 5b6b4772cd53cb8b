using Microsoft.AspNetCore.Http;
using Showcase.Api.Tenancy;
using Showcase.Tenancy;

namespace Showcase.Api.People;

/// <summary>Absolute links into the current portal, for e-mails and links shown to be passed on (behind a trusted proxy, its scheme and host).</summary>
public sealed class PortalLinks(IHttpContextAccessor http, RequestTenant tenant)
{
    public string To(Func<PortalPaths, string> page)
    {
        var request = http.HttpContext?.Request;
        var origin = request is null ? "" : $"{request.Scheme}://{request.Host}{request.PathBase}";
        return origin + page(PortalPaths.Of(tenant.Id));
    }
}
