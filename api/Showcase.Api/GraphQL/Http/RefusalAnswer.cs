using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Showcase.Api.GraphQL.Http;

/// <summary>
/// How a request refused outside the GraphQL executer (a rate limit, an outage) is answered: a Retry-After header in
/// whole seconds, and on the GraphQL endpoint a GraphQL error with the code, elsewhere what the caller writes.
/// </summary>
public static class RefusalAnswer
{
    /// <summary>Sets Retry-After to the wait rounded up to a whole second (at least one).</summary>
    public static void RetryAfter(HttpResponse response, TimeSpan wait) =>
        response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);

    public static bool IsGraphQL(HttpRequest request) => request.Path.Value?.EndsWith("/graphql", StringComparison.Ordinal) == true;

    /// <summary>Writes <c>{"errors":[{"message":…,"extensions":{"code":…}}]}</c> as JSON.</summary>
    public static Task WriteGraphQLErrorAsync(HttpResponse response, string code, string message, CancellationToken cancellationToken = default)
    {
        response.ContentType = "application/json; charset=utf-8";
        return JsonSerializer.SerializeAsync(response.Body,
            new { errors = new[] { new { message, extensions = new { code } } } }, cancellationToken: cancellationToken);
    }
}
