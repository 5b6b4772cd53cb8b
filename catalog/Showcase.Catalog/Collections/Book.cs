namespace Showcase.Catalog.Collections;

/// <summary>The language a book is written in: Chinese, English, or both (each case in Chinese, then in English).</summary>
public enum BookLanguage
{
    Chinese,
    English,
    Both,
}

/// <summary>
/// A case collection laid out as a book, ready to write in any format (Word, print view, list): the cover, the
/// introduction (Markdown), and a chapter per section with one page per case — every word in
/// <see cref="Language"/>. A book in both languages is its Chinese book with <see cref="English"/> beside it, chapter
/// for chapter and case for case.
/// </summary>
public sealed record Book(BookCover Cover, string? Introduction, IReadOnlyList<BookChapter> Chapters)
{
    /// <summary>Chinese or English: the language of the words above (a book in both is its Chinese with <see cref="English"/>).</summary>
    public BookLanguage Language { get; init; }

    /// <summary>The same book in English, for a book in both languages.</summary>
    public Book? English { get; init; }

    public IEnumerable<BookCase> Cases => Chapters.SelectMany(c => c.Cases);

    /// <summary>Both books, Chinese first, when this one is in both languages; else just this one.</summary>
    public IEnumerable<Book> Editions => English is { } english ? [this, english] : [this];

    /// <summary>The cover's lines under its title: the subtitle, then for a book in both languages the English title and subtitle.</summary>
    public IEnumerable<string> Subtitles => new[] { Cover.Subtitle, English?.Cover.Title, English?.Cover.Subtitle }.OfType<string>();

    /// <summary>A word of <see cref="BookWords"/> in every edition, joined: 目　录 · Contents.</summary>
    public string InEveryEdition(string key) => string.Join(" · ", Editions.Select(e => BookWords.Get(key, e.Language)));
}

/// <summary>What the cover says; the dates are already written out in the book's language (2026年11月23日, 23 November 2026).</summary>
public sealed record BookCover(string Title, string? Subtitle, string? EventName, string? EventDate, string? EventPlace, string Publisher, string Edition);

public sealed record BookChapter(string Title, IReadOnlyList<BookCase> Cases);

/// <summary>The parts of an English page that are the Chinese original, no English being written for them.</summary>
[Flags]
public enum BookOriginal
{
    None = 0,
    Title = 1,
    Summary = 2,
    Body = 4,
}

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
    IReadOnlyList<BookPicture> BodyPictures)
{
    /// <summary>On an English page, which parts are the Chinese original.</summary>
    public BookOriginal Original { get; init; }
}

/// <summary>
/// A picture as kept (JPEG or PNG at display size, sharp in print at the width of a page) with its caption; its
/// bytes are read only for the files that carry them (empty for the print view, which links the picture by id).
/// </summary>
public sealed record BookPicture(string Id, byte[] Content, string ContentType, int Width, int Height, string? Caption);

/// <summary>A fact of a case's page: what it is (<see cref="BookFacts"/>, the same in every language), its label and value as printed.</summary>
public sealed record BookFact(string Key, string Label, string Value);

/// <summary>The facts a case's page lists, in order.</summary>
public static class BookFacts
{
    public const string Organisation = "organisation";
    public const string Region = "region";
    public const string Industry = "industry";
    public const string Domain = "domain";
    public const string Technologies = "technologies";
    public const string Scenes = "scenes";
    public const string Programs = "programs";
    public const string Year = "year";
}

/// <summary>A metric row as printed: the numbers already formatted, “—” where there is none.</summary>
public sealed record BookMetric(string Name, string Unit, string Before, string After, string Change);
