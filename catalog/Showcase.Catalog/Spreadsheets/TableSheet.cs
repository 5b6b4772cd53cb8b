namespace Showcase.Catalog.Spreadsheets;

/// <summary>A sheet to write: its name, header, rows (strings, numbers or null) and column widths in characters.</summary>
public sealed record TableSheet(string Name, IReadOnlyList<string> Header, IEnumerable<IReadOnlyList<object?>> Rows, IReadOnlyList<double>? Widths = null);
