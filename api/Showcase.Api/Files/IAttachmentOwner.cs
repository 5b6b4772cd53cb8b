using Microsoft.AspNetCore.Http;
using Showcase.Files;

namespace Showcase.Api.Files;

/// <summary>
/// A kind of thing documents are attached to (a bid; an application's 证明材料): it decides who may upload for one
/// and who may read what was uploaded. The file endpoints ask each in turn.
/// </summary>
public interface IAttachmentOwner
{
    /// <summary>Whether <paramref name="owner"/> (a kept file's owner, or an upload's <c>for</c>) is of this kind.</summary>
    bool Handles(string owner);

    /// <summary>Keeps an upload for <paramref name="owner"/>, refused when the current person may not attach there.</summary>
    Task<Attachment> UploadAsync(string owner, IFormFile upload, CancellationToken cancellationToken);

    /// <summary>Whether the current person may read the kept <paramref name="file"/>.</summary>
    Task<bool> MayReadAsync(StoredFileEntry file);
}
