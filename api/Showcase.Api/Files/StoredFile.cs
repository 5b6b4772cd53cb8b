namespace Showcase.Api.Files;

/// <summary>
/// A kept file: its bytes, their checked type, what it belongs to (<c>case/{id}</c>, <c>bid/{challenge}/{provider}</c>, …),
/// which decides who may read it, the name it was uploaded with (shown and offered on download, never used as a path),
/// and who uploaded it: the only one who may read it before what it belongs to exists.
/// </summary>
public sealed record StoredFile(string ContentType, byte[] Content, string Owner, string? Name = null, string? UploadedBy = null);

/// <summary>What is known of a kept file without reading its bytes: their type and count, its owner, uploaded name and uploader, when it was saved.</summary>
public sealed record StoredFileEntry(
    Showcase.Common.EntityId Id, string Owner, DateTimeOffset SavedAt, string ContentType, long Size, string? Name = null, string? UploadedBy = null);
