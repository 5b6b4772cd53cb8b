namespace Showcase.Catalog.Spreadsheets;

/// <summary>The uploaded file cannot be read as a table at all; the message says why, in Chinese.</summary>
public sealed class SpreadsheetFormatException(string message, Exception? inner = null) : Exception(message, inner);
