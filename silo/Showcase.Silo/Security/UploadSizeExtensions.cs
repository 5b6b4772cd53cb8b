using Microsoft.AspNetCore.Http.Features;

namespace Showcase.Silo.Security;

public static class UploadSizeExtensions
{
    /// <summary>A form post with files (up to six 20 MB pictures, or a 20 MB import) may be this large; every other request keeps Kestrel's 30 MB.</summary>
    public const long MultipartLimit = 128L * 1024 * 1024;

    public static IApplicationBuilder UseShowcaseUploadSize(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            if (HttpMethods.IsPost(context.Request.Method) && context.Request.ContentType?.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase) == true
                && context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            {
                size.MaxRequestBodySize = MultipartLimit;
            }

            return next(context);
        });
}
