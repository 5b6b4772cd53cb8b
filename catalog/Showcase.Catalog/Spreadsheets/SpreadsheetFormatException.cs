namespace Showcase.Catalog.Spreadsheets;

/// <summary>
/// The uploaded file cannot be read as a table at all: <see cref="Reason"/> names why (the key of the refusal's
/// sentence in the reader's language), the message says it in Chinese.
/// </summary>
public sealed class SpreadsheetFormatException(string reason, string message, Exception? inner = null) : Exception(message, inner)
{
    public const string UnreadableXlsx = nameof(UnreadableXlsx);
    public const string NoWorksheet = nameof(NoWorksheet);

    public string Reason { get; } = reason;
}
