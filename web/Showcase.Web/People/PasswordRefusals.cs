using Microsoft.AspNetCore.Http;
using Showcase.Common;

namespace Showcase.Web.People;

public static class PasswordRefusals
{
    /// <summary>
    /// The errors a password form shows; a throttled proof also makes the page answer 429 (its Retry-After header is
    /// already set), as the GraphQL endpoint does.
    /// </summary>
    public static IReadOnlyList<DomainError> ErrorsOf(this HttpContext http, DomainException refused)
    {
        if (refused.Code == ErrorCodes.RateLimited)
        {
            http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        }

        return refused.Errors;
    }
}
