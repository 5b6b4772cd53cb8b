using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Showcase.Catalog.Spreadsheets;

namespace Showcase.Catalog.Tests.Spreadsheets;

public sealed class XlsxTableTests
{
    [Fact]
    public void Write_ThenRead_GivesBackHeaderRowsNumbersAndGaps()
    {
        using var stream = new MemoryStream();
        XlsxTable.Write(stream, [new TableSheet("案例", ["序号", "项目名称", "改造前", "备注"],
            [[1, "焊点检测", 1.2m, null], [2, "  带空格的名称 ", null, "第二行\n换行"]], [6, 30, 10, 20])]);

        stream.Position = 0;
        var table = XlsxTable.Read(stream);

        Assert.Equal(["序号", "项目名称", "改造前", "备注"], table.Header);
        Assert.Equal([2, 3], table.Rows.Select(r => r.Number));
        Assert.Equal(["1", "焊点检测", "1.2"], table.Rows[0].Cells.Take(3));
        Assert.Null(table.Rows[0][3]);
        Assert.Null(table.Rows[1][2]);
        Assert.Equal("带空格的名称", table.Rows[1][1]);
        Assert.Equal("第二行\n换行", table.Rows[1][3]);
    }

    [Fact]
    public void Write_FreezesTheHeaderAndBoldsIt()
    {
        using var stream = new MemoryStream();
        XlsxTable.Write(stream, [new TableSheet("汇总表", ["序号", "项目名称"], [[1, "甲"]])]);

        stream.Position = 0;
        using var document = SpreadsheetDocument.Open(stream, false);
        var part = document.WorkbookPart!.WorksheetParts.Single();
        Assert.Equal("汇总表", document.WorkbookPart.Workbook.Sheets!.Elements<Sheet>().Single().Name!.Value);
        Assert.Equal(PaneStateValues.Frozen, part.Worksheet.Descendants<Pane>().Single().State!.Value);
        var headerStyle = part.Worksheet.Descendants<Cell>().First().StyleIndex!.Value;
        var format = document.WorkbookPart.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)headerStyle);
        Assert.NotNull(document.WorkbookPart.WorkbookStylesPart.Stylesheet.Fonts!.Elements<Font>().ElementAt((int)format.FontId!.Value).Bold);
    }

    [Fact]
    public void Read_SharedStringsAndSkippedColumns_PlacesEachValueUnderItsHeader()
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var strings = workbook.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new SharedStringTable(new SharedStringItem(new Text("名称")), new SharedStringItem(new Text("城市")), new SharedStringItem(new Text("苏州")));
            var sheet = workbook.AddNewPart<WorksheetPart>();
            sheet.Worksheet = new Worksheet(new SheetData(
                new Row(new Cell { CellReference = "A1", DataType = CellValues.SharedString, CellValue = new CellValue("0") },
                        new Cell { CellReference = "C1", DataType = CellValues.SharedString, CellValue = new CellValue("1") }) { RowIndex = 1 },
                new Row(new Cell { CellReference = "C4", DataType = CellValues.SharedString, CellValue = new CellValue("2") }) { RowIndex = 4 }));
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "Sheet1" }));
        }

        stream.Position = 0;
        var table = XlsxTable.Read(stream);

        Assert.Equal(2, table.ColumnOf("城市"));
        var row = Assert.Single(table.Rows);
        Assert.Equal(4, row.Number);
        Assert.Equal("苏州", row[table.ColumnOf("城市*")]);
        Assert.Null(row[table.ColumnOf("名称")]);
    }

    [Fact]
    public void Read_NotAnXlsx_SaysSoInChinese()
    {
        using var stream = new MemoryStream("这不是 Excel 文件"u8.ToArray());

        var error = Assert.Throws<SpreadsheetFormatException>(() => XlsxTable.Read(stream));

        Assert.Contains(".xlsx", error.Message);
    }
}
