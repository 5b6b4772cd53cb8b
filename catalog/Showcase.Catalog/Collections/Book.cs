namespace Showcase.Catalog.Collections;

/// <summary>
/// A case collection laid out as a book, ready to write in any format (Word, print view, list): the cover, the
/// introduction (Markdown), and a chapter per section with one page per case.
/// </summary>
public sealed record Book(BookCover Cover, string? Introduction, IReadOnlyList<BookChapter> Chapters)
{
    public IEnumerable<BookCase> Cases => Chapters.SelectMany(c => c.Cases);
}

/// <summary>What the cover says; the dates are already written out the Chinese way (2026年11月23日).</summary>
public sealed record BookCover(string Title, string? Subtitle, string? EventName, string? EventDate, string? EventPlace, string Publisher, string Edition);

public sealed record BookChapter(string Title, IReadOnlyList<BookCase> Cases);

/// <summary>
/// One case's page: its pinned revision's title, summary, facts (label and value, in order), metrics, body
/// (Markdown), the curator's note, the address of the live case its QR code points to, its cover and key photos as
/// that revision names them, and the pictures its body places (<c>![说明](picture:{id})</c>), printed where they stand.
/// </summary>
public sealed record BookCase(
    string Id,
    int Revision,
    string Title,
    string? Summary,
    IReadOnlyList<BookFact> Facts,
    IReadOnlyList<BookMetric> Metrics,
    string? Body,
    string? Note,
    string Url,
    IReadOnlyList<BookPicture> Pictures,
    IReadOnlyList<BookPicture> BodyPictures);

/// <summary>
/// A picture as kept (JPEG or PNG at display size, sharp in print at the width of a page) with its caption; its
/// bytes are read only for the files that carry them (empty for the print view, which links the picture by id).
/// </summary>
public sealed record BookPicture(string Id, byte[] Content, string ContentType, int Width, int Height, string? Caption);

public sealed record BookFact(string Label, string Value);

/// <summary>A metric row as printed: the numbers already formatted, “—” where there is none.</summary>
public sealed record BookMetric(string Name, string Unit, string Before, string After, string Change);
