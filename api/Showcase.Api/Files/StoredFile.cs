namespace Showcase.Api.Files;

/// <summary>
/// A kept file: its bytes, their checked type, what it belongs to (<c>case/{id}</c>, <c>bid/{challenge}/{provider}</c>, …),
/// which decides who may read it, and the name it was uploaded with, shown and offered on download but never used as a path.
/// </summary>
public sealed record StoredFile(string ContentType, byte[] Content, string Owner, string? Name = null);

/// <summary>A kept file without its bytes.</summary>
public sealed record StoredFileEntry(Showcase.Common.EntityId Id, string Owner, DateTimeOffset SavedAt);
