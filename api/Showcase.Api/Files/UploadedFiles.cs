using Microsoft.AspNetCore.Http;
using Showcase.Common;

namespace Showcase.Api.Files;

public static class UploadedFiles
{
    /// <summary>An uploaded file's bytes, refused with <c>FILE_TOO_LARGE</c> (naming <paramref name="field"/>) over <paramref name="maxBytes"/>.</summary>
    public static async Task<byte[]> ReadAsync(IFormFile file, int maxBytes, string field, CancellationToken cancellationToken)
    {
        if (file.Length > maxBytes)
        {
            throw new DomainException(ErrorCodes.FileTooLarge, Sentence.Of("FileTooBig", file.FileName, maxBytes / 1024 / 1024), field);
        }

        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }
}
