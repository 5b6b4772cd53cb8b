using Microsoft.AspNetCore.Http;

namespace Showcase.Api.Tenancy;

/// <summary>
/// Resolves <c>/t/{tenant}/…</c> to a tenant for the rest of the request; an unknown tenant ends the request with 404.
/// </summary>
public sealed class TenantResolutionMiddleware(RequestDelegate next)
{
    public const string PathPrefix = "/t/";

    public async Task InvokeAsync(HttpContext context, TenantDirectory tenants, RequestTenant requestTenant)
    {
        var path = context.Request.Path.Value ?? "";
        if (!path.StartsWith(PathPrefix, StringComparison.Ordinal))
        {
            await next(context);
            return;
        }

        var rest = path.AsSpan(PathPrefix.Length);
        var slash = rest.IndexOf('/');
        var tenantId = (slash < 0 ? rest : rest[..slash]).ToString();
        var tenant = await tenants.FindAsync(tenantId);
        if (tenant is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync($"找不到门户“{tenantId}”。请检查网址是否正确。");
            return;
        }

        requestTenant.Resolve(tenant);
        await next(context);
    }
}
