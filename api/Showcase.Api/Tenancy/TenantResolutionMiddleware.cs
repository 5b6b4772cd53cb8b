using Microsoft.AspNetCore.Http;

namespace Showcase.Api.Tenancy;

/// <summary>
/// Resolves <c>/t/{tenant}/…</c> to a tenant for the rest of the request; an unknown tenant ends the request with 404.
/// A request on a host name bound to a tenant is served as that tenant's <c>/t/{tenant}/…</c> path.
/// Runs before routing, so the rewritten path is the one matched.
/// </summary>
public sealed class TenantResolutionMiddleware(RequestDelegate next)
{
    public const string PathPrefix = "/t/";

    public async Task InvokeAsync(HttpContext context, TenantDirectory tenants, RequestTenant requestTenant)
    {
        var path = context.Request.Path.Value ?? "/";
        if (!path.StartsWith(PathPrefix, StringComparison.Ordinal))
        {
            if (IsSharedPath(path) || await tenants.FindByHostAsync(context.Request.Host.Host) is not { } hostTenant)
            {
                await next(context);
                return;
            }

            path = $"{PathPrefix}{hostTenant}{path}";
            context.Request.Path = path;
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

    // Static files and health checks are the same for every tenant.
    private static bool IsSharedPath(string path) =>
        path.StartsWith("/_", StringComparison.Ordinal) || path.StartsWith("/health", StringComparison.Ordinal) || path == "/robots.txt";
}
