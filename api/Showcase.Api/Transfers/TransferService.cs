using Showcase.Api.Listings;
using Showcase.Api.Tenancy;
using Showcase.Catalog.Spreadsheets;
using Showcase.Common;
using Showcase.Listings;
using Showcase.People;

namespace Showcase.Api.Transfers;

/// <summary>
/// Curators' imports and exports of the catalog: import templates, xlsx or CSV imports with progress, and exports
/// of what a listing filter selects, in the full layout or as the programs' 汇总表 (cases).
/// </summary>
public sealed class TransferService(CatalogAccess access, RequestTenant tenant, ImportJobs jobs, TimeProvider clock)
{
    public bool CanTransfer => access.Current.IsCurator;

    public ImportProgress StartImport(CatalogKind kind, string fileName, byte[] content, bool publish)
    {
        RequireCurator("导入数据");
        if (CatalogSheets.For(kind) is null)
        {
            throw new DomainException(ErrorCodes.InvalidValue, Sentence.Of("NoBulkImport", CatalogLabels.Kind(kind)), "kind");
        }

        if (content.Length == 0 || content.Length > ImportJobs.MaxBytes)
        {
            throw new DomainException(ErrorCodes.InvalidValue, Sentence.Of("ImportFileLimit", ImportJobs.MaxBytes / 1024 / 1024), "file");
        }

        return jobs.Start(new ImportRequest(tenant.Id, kind, Path.GetFileName(fileName), content, publish, access.Current.AsOwner, access.Current.AsActor));
    }

    public Task<ImportProgress?> FindImportAsync(string id)
    {
        RequireCurator("查看导入进度");
        return jobs.FindAsync(tenant.Id, id);
    }

    /// <summary>An empty workbook with the import columns (required ones marked *) and a sheet explaining each.</summary>
    public ExportFile Template(CatalogKind kind)
    {
        RequireCurator("下载导入模板");
        var sheet = SheetOf(kind);
        var columns = sheet.ImportColumns.ToArray();
        using var stream = new MemoryStream();
        XlsxTable.Write(stream,
        [
            new TableSheet(CatalogLabels.Kind(kind), columns.Select(c => c.Title).ToArray(), [], columns.Select(c => c.Width).ToArray()),
            new TableSheet("填写说明", ["列", "必填", "怎么填"], columns.Select(c => (IReadOnlyList<object?>)[c.Header, c.Required ? "是" : "否", TemplateHints.For(c.Header)]), [14, 6, 80]),
        ]);
        return new ExportFile($"{CatalogLabels.Kind(kind)}导入模板.xlsx", ExportFile.Xlsx, stream.ToArray());
    }

    /// <summary>Everything the filter selects (its paging ignored), as xlsx or CSV, in the full layout or the 汇总表.</summary>
    public async Task<ExportFile> ExportAsync(CatalogKind kind, CatalogQuery filter, bool summary, bool csv)
    {
        RequireCurator("导出数据");
        var sheet = SheetOf(kind);
        if (summary && kind != CatalogKind.Case)
        {
            throw new DomainException(ErrorCodes.InvalidValue, Sentence.Of("SummaryOnlyForCases"), "layout");
        }

        var keys = new List<CatalogKey>();
        var query = filter with { Take = 100, After = null };
        CatalogPage page;
        do
        {
            page = await access.ListAsync(kind, query);
            keys.AddRange(page.Items.Select(e => access.Key(e.Id)));
            query = query with { After = page.EndCursor };
        }
        while (page.HasNextPage);

        var rows = new List<IReadOnlyList<object?>>(keys.Count);
        foreach (var batch in keys.Chunk(32))
        {
            rows.AddRange((await Task.WhenAll(batch.Select((key, i) => summary
                    ? SummaryRowAsync(key, rows.Count + i + 1)
                    : sheet.ExportAsync(access.Grains, key, rows.Count + i + 1))))
                .OfType<IReadOnlyList<object?>>());
        }

        var columns = summary ? CaseSheet.SummaryColumns : sheet.Columns;
        var name = $"{CatalogLabels.Kind(kind)}{(summary ? "汇总表" : "")}-{ChinaTime.At(clock.GetUtcNow()):yyyyMMdd}";
        using var stream = new MemoryStream();
        if (csv)
        {
            CsvTable.Write(stream, columns.Select(c => c.Header).ToArray(), rows);
            return new ExportFile($"{name}.csv", ExportFile.Csv, stream.ToArray());
        }

        XlsxTable.Write(stream, [new TableSheet(summary ? "汇总表" : CatalogLabels.Kind(kind), columns.Select(c => c.Header).ToArray(), rows, columns.Select(c => c.Width).ToArray())]);
        return new ExportFile($"{name}.xlsx", ExportFile.Xlsx, stream.ToArray());
    }

    private async Task<IReadOnlyList<object?>?> SummaryRowAsync(CatalogKey key, int number) =>
        await access.Grains.GetCase(key).GetAsync() is { } snapshot ? CaseSheet.SummaryRow(snapshot, number) : null;

    private static CatalogSheet SheetOf(CatalogKind kind) =>
        CatalogSheets.For(kind) ?? throw new DomainException(ErrorCodes.InvalidValue, Sentence.Of("NoSpreadsheets", CatalogLabels.Kind(kind)), "kind");

    private void RequireCurator(string what) => access.Current.RequireAny(what, Role.Curator, Role.TenantAdmin);
}
