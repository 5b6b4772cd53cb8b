using Microsoft.AspNetCore.Http;
using Showcase.Common;

namespace Showcase.Api.Transfers;

/// <summary>A generated file as an HTTP answer; a refusal as its sentence with 401, 403, 404 or 400.</summary>
public static class ExportResult
{
    public static async Task<IResult> FileAsync(Func<Task<ExportFile>> make)
    {
        try
        {
            var file = await make();
            return Results.File(file.Content, file.ContentType, file.FileName);
        }
        catch (DomainException ex)
        {
            return Results.Text(ex.Message, "text/plain; charset=utf-8", statusCode: DomainErrorStatus.Of(ex.Code));
        }
    }
}
