using Microsoft.AspNetCore.Http;
using Showcase.Common;

namespace Showcase.Api.Transfers;

/// <summary>A generated file as an HTTP answer; a refusal as its sentence with 401, 403, 404 or 400.</summary>
public static class ExportResult
{
    public static Task<IResult> FileAsync(Func<Task<ExportFile>> make) =>
        AnswerAsync(make, file => Results.File(file.Content, file.ContentType, file.FileName));

    /// <summary>A file written to a stream (a package of uploaded documents), sent from it and disposed after.</summary>
    public static Task<IResult> StreamAsync(Func<Task<ExportStream>> make) =>
        AnswerAsync(make, file => Results.File(file.Content, file.ContentType, file.FileName));

    private static async Task<IResult> AnswerAsync<T>(Func<Task<T>> make, Func<T, IResult> answer)
    {
        try
        {
            return answer(await make());
        }
        catch (DomainException ex)
        {
            return Results.Text(ex.Message, "text/plain; charset=utf-8", statusCode: DomainErrorStatus.Of(ex.Code));
        }
    }
}
