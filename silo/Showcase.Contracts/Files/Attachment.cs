using Showcase.Common;

namespace Showcase.Files;

/// <summary>
/// A document attached to a bid or an application: its stored id (what it is kept and downloaded by), the name it
/// was uploaded with (shown and offered on download, never used as a path), its type as read from its bytes, and
/// its size in bytes.
/// </summary>
[GenerateSerializer, Immutable, Alias("showcase.attachment")]
public sealed record Attachment(
    [property: Id(0)] EntityId Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string ContentType,
    [property: Id(3)] long Size)
{
    /// <summary>An attachment known only by its id, as a mutation names it; the API fills in the rest from the kept file.</summary>
    public static Attachment Named(EntityId id) => new(id, "", "", 0);
}
