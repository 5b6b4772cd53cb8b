using Microsoft.AspNetCore.Http;
using Showcase.Api.GraphQL.Http;

namespace Showcase.Api.Outages;

/// <summary>
/// Answers a request that failed because a dependency is down (<see cref="Outage"/>) with 503 and Retry-After — a
/// GraphQL error with code <c>UNAVAILABLE</c> on the GraphQL endpoint, a short page elsewhere — wherever it failed:
/// in a page, an endpoint, or the access-token and cookie checks that run before either.
/// </summary>
public sealed class OutageMiddleware(RequestDelegate next, OutageLog log)
{
    public async Task InvokeAsync(HttpContext http)
    {
        try
        {
            await next(http);
        }
        catch (Exception ex) when (Outage.Is(ex) && !http.Response.HasStarted && !http.RequestAborted.IsCancellationRequested)
        {
            log.Report(ex);
            http.Response.Clear();
            await WriteAsync(http);
        }
    }

    public static void Mark(HttpResponse response)
    {
        response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        RefusalAnswer.RetryAfter(response, TimeSpan.FromSeconds(Outage.RetryAfterSeconds));
    }

    private static async Task WriteAsync(HttpContext http)
    {
        Mark(http.Response);
        if (RefusalAnswer.IsGraphQL(http.Request))
        {
            await RefusalAnswer.WriteGraphQLErrorAsync(http.Response, Outage.Code, Outage.Message);
            return;
        }

        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>服务暂时不可用 · Showcase</title></head>
            <body><h1>服务暂时不可用</h1><p>{Outage.Message}</p><p>这次操作可能没有完成。请在 {Outage.RetryAfterSeconds} 秒后返回上一页，刷新后再试。</p></body></html>
            """);
    }
}
