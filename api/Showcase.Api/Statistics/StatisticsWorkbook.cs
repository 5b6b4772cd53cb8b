using Microsoft.Extensions.Localization;
using Showcase.Api.Transfers;
using Showcase.Catalog.Spreadsheets;
using Showcase.Common;

namespace Showcase.Api.Statistics;

/// <summary>Statistics tables as an Excel workbook, one sheet each (named by its title, cut to Excel's 31 characters), data only.</summary>
public static class StatisticsWorkbook
{
    public static ExportFile Of(string portal, IReadOnlyList<StatisticsTable> tables, DateTimeOffset now, IStringLocalizer texts)
    {
        using var stream = new MemoryStream();
        XlsxTable.Write(stream, tables.Select(table => new TableSheet(
            SheetName(table.Title), table.Columns,
            table.Rows.Select(r => (IReadOnlyList<object?>)[r.Label, .. r.Values.Cast<object?>()]),
            [Math.Max(16, table.Rows.Select(r => r.Label.Length * 2.0).DefaultIfEmpty(0).Max()), .. table.Columns.Skip(1).Select(c => Math.Max(10, c.Length * 2.2))])));
        var name = tables.Count == 1 ? tables[0].Title : texts["Workbook"];
        return new ExportFile($"{texts["FileName", portal, name, ChinaTime.Date(now)]}.xlsx", ExportFile.Xlsx, stream.ToArray());
    }

    private static string SheetName(string title)
    {
        var safe = string.Concat(title.Select(c => @"[]:*?/\".Contains(c) ? '_' : c));
        return safe.Length <= 31 ? safe : safe[..31];
    }
}
