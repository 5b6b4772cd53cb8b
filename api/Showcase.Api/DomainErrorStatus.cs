using Microsoft.AspNetCore.Http;
using Showcase.Common;

namespace Showcase.Api;

/// <summary>The HTTP status that answers a refusal on the plain HTTP endpoints (downloads, uploads).</summary>
public static class DomainErrorStatus
{
    public static int Of(string code) => code switch
    {
        ErrorCodes.Unauthenticated => StatusCodes.Status401Unauthorized,
        ErrorCodes.Forbidden => StatusCodes.Status403Forbidden,
        ErrorCodes.NotFound => StatusCodes.Status404NotFound,
        ErrorCodes.FileTooLarge => StatusCodes.Status413PayloadTooLarge,
        ErrorCodes.UnsupportedFile => StatusCodes.Status415UnsupportedMediaType,
        _ => StatusCodes.Status400BadRequest,
    };
}
