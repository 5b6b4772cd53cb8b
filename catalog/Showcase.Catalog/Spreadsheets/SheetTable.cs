namespace Showcase.Catalog.Spreadsheets;

/// <summary>
/// The first sheet of an uploaded xlsx or CSV file as text: its header row and the rows under it. Blank rows are
/// dropped; <see cref="SheetRow.Number"/> keeps the row number people see in Excel, so errors can point at it.
/// </summary>
public sealed record SheetTable(IReadOnlyList<string> Header, IReadOnlyList<SheetRow> Rows)
{
    /// <summary>The column index of a header, matching trimmed text and ignoring a trailing required-marker (*).</summary>
    public int? ColumnOf(string header)
    {
        for (var i = 0; i < Header.Count; i++)
        {
            if (Normalize(Header[i]) == Normalize(header))
            {
                return i;
            }
        }

        return null;
    }

    private static string Normalize(string header) => header.Trim().TrimEnd('*', '＊').Trim();
}

/// <summary>One row of a sheet: its number in the file (the header is row 1) and its cells as trimmed text, null when empty.</summary>
public sealed record SheetRow(int Number, IReadOnlyList<string?> Cells)
{
    public string? this[int? column] => column is { } i && i < Cells.Count ? Cells[i] : null;
}
