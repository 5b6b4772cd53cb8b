using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Showcase.Catalog.Spreadsheets;

/// <summary>Reads the first worksheet of an xlsx file and writes workbooks that open in Excel, WPS and LibreOffice.</summary>
public static class XlsxTable
{
    /// <summary>The first worksheet as text; throws <see cref="SpreadsheetFormatException"/> when the file is not a readable xlsx.</summary>
    public static SheetTable Read(Stream stream)
    {
        SpreadsheetDocument document;
        try
        {
            document = SpreadsheetDocument.Open(stream, isEditable: false);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or FileFormatException or IOException)
        {
            throw new SpreadsheetFormatException(SpreadsheetFormatException.UnreadableXlsx, "无法读取这个 Excel 文件：请确认它是 .xlsx 格式（不是 .xls），且没有加密。", ex);
        }

        using (document)
        {
            var workbook = document.WorkbookPart ?? throw new SpreadsheetFormatException(SpreadsheetFormatException.NoWorksheet, "这个 Excel 文件里没有工作表。");
            var first = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault()
                ?? throw new SpreadsheetFormatException(SpreadsheetFormatException.NoWorksheet, "这个 Excel 文件里没有工作表。");
            var worksheet = (WorksheetPart)workbook.GetPartById(first.Id!);
            var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? [];

            var rows = new List<SheetRow>();
            IReadOnlyList<string>? header = null;
            foreach (var row in worksheet.Worksheet.Descendants<Row>())
            {
                var cells = new List<string?>();
                foreach (var cell in row.Elements<Cell>())
                {
                    var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : cells.Count;
                    while (cells.Count < column)
                    {
                        cells.Add(null);
                    }

                    cells.Add(Text(cell, shared));
                }

                if (cells.All(string.IsNullOrEmpty))
                {
                    continue;
                }

                var number = (int)(row.RowIndex?.Value ?? (uint)(rows.Count + 2));
                if (header is null)
                {
                    header = cells.Select(c => c ?? "").ToArray();
                    continue;
                }

                rows.Add(new SheetRow(number, cells));
            }

            return new SheetTable(header ?? [], rows);
        }
    }

    /// <summary>Writes the sheets: bold header row, frozen under the header, with a filter on it and the given column widths.</summary>
    public static void Write(Stream stream, IEnumerable<TableSheet> sheets)
    {
        using var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = Styles();
        var list = workbook.Workbook.AppendChild(new Sheets());
        uint id = 1;
        foreach (var sheet in sheets)
        {
            var part = workbook.AddNewPart<WorksheetPart>();
            WriteSheet(part, sheet);
            list.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = sheet.Name });
        }

        workbook.Workbook.Save();
    }

    private static void WriteSheet(WorksheetPart part, TableSheet sheet)
    {
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteStartElement(new SheetViews());
        writer.WriteStartElement(new SheetView { WorkbookViewId = 0 });
        writer.WriteElement(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen });
        writer.WriteEndElement();
        writer.WriteEndElement();
        if (sheet.Widths is { Count: > 0 } widths)
        {
            writer.WriteStartElement(new Columns());
            for (var i = 0; i < widths.Count; i++)
            {
                writer.WriteElement(new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = widths[i], CustomWidth = true });
            }

            writer.WriteEndElement();
        }

        writer.WriteStartElement(new SheetData());
        WriteRow(writer, 1, sheet.Header.Cast<object?>().ToArray(), style: 1);
        uint number = 2;
        foreach (var row in sheet.Rows)
        {
            WriteRow(writer, number++, row, style: 0);
        }

        writer.WriteEndElement();
        writer.WriteElement(new AutoFilter { Reference = $"A1:{ColumnName(sheet.Header.Count - 1)}{Math.Max(1, number - 1)}" });
        writer.WriteEndElement();
    }

    private static void WriteRow(OpenXmlWriter writer, uint number, IReadOnlyList<object?> values, uint style)
    {
        writer.WriteStartElement(new Row { RowIndex = number });
        for (var i = 0; i < values.Count; i++)
        {
            var reference = $"{ColumnName(i)}{number}";
            var cell = values[i] switch
            {
                null => null,
                int or long or decimal or double => new Cell
                {
                    CellReference = reference,
                    DataType = CellValues.Number,
                    CellValue = new CellValue(Convert.ToString(values[i], CultureInfo.InvariantCulture)!),
                    StyleIndex = style,
                },
                var value => new Cell(new InlineString(new Text(value.ToString()!) { Space = SpaceProcessingModeValues.Preserve }))
                {
                    CellReference = reference,
                    DataType = CellValues.InlineString,
                    StyleIndex = style,
                },
            };
            if (cell is not null)
            {
                writer.WriteElement(cell);
            }
        }

        writer.WriteEndElement();
    }

    // Style 0: normal text, wrapped at the top; style 1: bold header on a pale blue fill.
    private static Stylesheet Styles() => new(
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "等线" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "等线" })) { Count = 2 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFE6EEFB" }) { PatternType = PatternValues.Solid })) { Count = 3 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Top, WrapText = true }) { FontId = 0, FillId = 0, ApplyAlignment = true },
            new CellFormat { FontId = 1, FillId = 2, ApplyFont = true, ApplyFill = true }) { Count = 2 });

    private static string? Text(Cell cell, IReadOnlyList<string> shared)
    {
        var raw = cell.DataType?.Value == CellValues.InlineString ? cell.InlineString?.InnerText : cell.CellValue?.Text;
        if (raw is null)
        {
            return null;
        }

        if (cell.DataType?.Value == CellValues.SharedString)
        {
            raw = int.TryParse(raw, out var index) && index >= 0 && index < shared.Count ? shared[index] : null;
        }
        else if (cell.DataType?.Value == CellValues.Boolean)
        {
            raw = raw == "1" ? "是" : "否";
        }

        var text = raw?.Trim();
        return string.IsNullOrEmpty(text) ? null : text;
    }

    /// <summary>"C12" → 2.</summary>
    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsLetter))
        {
            index = index * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return index - 1;
    }

    /// <summary>2 → "C".</summary>
    private static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + (n - 1) % 26) + name;
        }

        return name;
    }
}
