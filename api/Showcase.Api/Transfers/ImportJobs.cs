using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Showcase.Api.Jobs;
using Showcase.Catalog.Spreadsheets;
using Showcase.Common;
using Showcase.Jobs;
using Showcase.Listings;
using Showcase.Tenancy;

namespace Showcase.Api.Transfers;

/// <summary>
/// Runs imports in the background and keeps their progress for an hour, in memory on the host running it and in the
/// import's <see cref="IJobGrain"/> for every other host (and after a restart: an import whose host stopped reads as
/// failed, and importing the same file again completes it). An import checks every row (the columns'
/// formats, then the entity grains' own rules) before it writes the first one: a file with any problem changes
/// nothing and comes back with every problem by row and column. Rows get ids from the file's content and row
/// number (or the 编号 column), and rows whose id exists are skipped, so importing the same file again — after a
/// crash part-way through, or by mistake — never creates anything twice.
/// </summary>
public sealed partial class ImportJobs(IGrainFactory grains, TimeProvider clock, ILogger<ImportJobs> logger)
{
    public const int MaxRows = 20_000;
    public const int MaxBytes = 20 * 1024 * 1024;
    public const int MaxErrorsShown = 500;
    private const int Parallelism = 8;

    private readonly PortalJobs<Job, ImportProgress> _jobs = new(grains, clock, progress => progress.FinishedAt, (progress, heardAt) => progress with
    {
        State = ImportState.Failed,
        Errors = [ImportError.Of(0, "", "ImportHostStopped")],
        FinishedAt = heardAt,
    });

    public ImportProgress Start(ImportRequest request)
    {
        var id = EntityId.New().Value;
        var progress = new ImportProgress(id, request.Kind, request.FileName, ImportState.Checking, 0, 0, 0, 0, [], clock.GetUtcNow(), null);
        return _jobs.Start(request.Tenant, id, store => new Job(progress, store, logger), job => RunAsync(job, request)).Progress;
    }

    /// <summary>An import of this tenant, from this host's memory or as its grain last heard it; null when there is none (another tenant's imports do not exist here).</summary>
    public Task<ImportProgress?> FindAsync(TenantId tenant, string id) => _jobs.FindAsync(tenant, id);

    private async Task RunAsync(Job job, ImportRequest request)
    {
        try
        {
            var sheet = CatalogSheets.For(request.Kind)!;
            var table = ReadTable(request);
            var errors = CheckHeader(sheet, table);
            if (errors.Count > 0 || table.Rows.Count == 0)
            {
                job.Finish(ImportState.Refused, errors.Count > 0 ? errors : [ImportError.Of(1, "", "ImportNoRows")], clock);
                return;
            }

            if (table.Rows.Count > MaxRows)
            {
                job.Finish(ImportState.Refused, [ImportError.Of(MaxRows + 2, "", "ImportTooManyRows", MaxRows, table.Rows.Count)], clock);
                return;
            }

            job.Update(p => p with { Total = table.Rows.Count });
            var rows = await CheckRowsAsync(job, request, sheet, table);
            if (rows.SelectMany(r => r.Errors).ToArray() is { Length: > 0 } problems)
            {
                job.Finish(ImportState.Refused, problems, clock);
                return;
            }

            job.Update(p => p with { State = ImportState.Writing });
            // One stored pending mark for the whole file, so the listing takes the rows in a few writes, not one per row.
            await grains.GetCatalogDirectory(request.Tenant, request.Kind).MarkPendingManyAsync(rows.Where(r => !r.Exists).Select(r => r.Id).ToArray());
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            await Parallel.ForEachAsync(rows, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (row, _) =>
            {
                if (row.Exists)
                {
                    job.Update(p => p with { Skipped = p.Skipped + 1 });
                    return;
                }

                await sheet.CreateAsync(grains, new CatalogKey(request.Tenant, row.Id), row.Item, request.Owner, request.By, request.Publish, today);
                job.Update(p => p with { Written = p.Written + 1 });
            });
            job.Finish(ImportState.Done, [], clock);
            LogImported(logger, request.Tenant, request.Kind, request.FileName, job.Progress.Written, job.Progress.Skipped);
        }
        catch (SpreadsheetFormatException ex)
        {
            job.Finish(ImportState.Refused, [ImportError.Of(1, "", ex.Reason)], clock);
        }
        catch (Exception ex)
        {
            LogFailed(logger, ex, request.Tenant, request.Kind, request.FileName);
            job.Finish(ImportState.Failed, [ImportError.Of(0, "", "ImportFailed")], clock);
        }
    }

    private async Task<CheckedRow[]> CheckRowsAsync(Job job, ImportRequest request, CatalogSheet sheet, SheetTable table)
    {
        var fileKey = Convert.ToHexStringLower(SHA256.HashData(request.Content))[..10];
        var idColumn = table.ColumnOf("编号");
        var seen = new ConcurrentDictionary<EntityId, int>();
        var rows = new CheckedRow[table.Rows.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, table.Rows.Count), new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (i, _) =>
        {
            var row = table.Rows[i];
            var errors = new RowErrors(row.Number);
            var id = IdOf(row[idColumn], fileKey, row.Number, errors);
            if (id is { } unique && !seen.TryAdd(unique, row.Number))
            {
                errors.Add("编号", "ImportDuplicateId", unique.Value, seen[unique]);
            }

            var item = sheet.Read(table, row, errors);

            // The entity's own rules too, so every problem of the row shows in one pass; a column whose cell could
            // not be read is reported once, for what was wrong with the cell.
            var unreadable = errors.All.Select(e => e.Column).ToHashSet();
            foreach (var problem in await sheet.CheckAsync(grains, item, request.Publish))
            {
                if (sheet.HeaderOf(problem.Field) is var column && !unreadable.Contains(column))
                {
                    errors.Add(column, problem);
                }
            }

            rows[i] = new CheckedRow(id ?? default, item, errors.All);
            job.Update(p => p with { Checked = p.Checked + 1 });
        });

        // A row whose entity exists already (the same file imported again) is skipped.
        var existing = await grains.ExistingAsync(request.Tenant, request.Kind, rows.Where(r => r.Errors.Count == 0).Select(r => r.Id).ToArray());
        foreach (var row in rows)
        {
            row.Exists = existing.Contains(row.Id);
        }

        return rows;
    }

    private static EntityId? IdOf(string? cell, string fileKey, int rowNumber, RowErrors errors)
    {
        if (cell is null)
        {
            return EntityId.Parse($"imp-{fileKey}-{rowNumber}");
        }

        if (EntityId.TryParse(cell, out var id))
        {
            return id;
        }

        errors.Add("编号", "ImportBadId", cell);
        return null;
    }

    private static SheetTable ReadTable(ImportRequest request)
    {
        using var stream = new MemoryStream(request.Content, writable: false);
        var isZip = request.Content is [0x50, 0x4B, ..];
        return isZip || request.FileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) ? XlsxTable.Read(stream) : CsvTable.Read(stream);
    }

    private static List<ImportError> CheckHeader(CatalogSheet sheet, SheetTable table) =>
        sheet.ImportColumns.Where(c => c.Required && table.ColumnOf(c.Header) is null)
            .Select(c => ImportError.Of(1, c.Header, "ImportMissingColumn", c.Header))
            .ToList();

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported {Kind} into {Tenant} from {FileName}: {Written} created, {Skipped} already there")]
    private static partial void LogImported(ILogger logger, TenantId tenant, CatalogKind kind, string fileName, int written, int skipped);

    [LoggerMessage(Level = LogLevel.Error, Message = "Import of {Kind} into {Tenant} from {FileName} failed part-way")]
    private static partial void LogFailed(ILogger logger, Exception exception, TenantId tenant, CatalogKind kind, string fileName);

    private sealed record CheckedRow(EntityId Id, object Item, IReadOnlyList<ImportError> Errors)
    {
        /// <summary>The row's entity exists already (an import run again): the row is skipped.</summary>
        public bool Exists { get; set; }
    }

    private sealed class Job(ImportProgress progress, IJobGrain store, ILogger logger)
        : ReportedJob<ImportProgress>(progress, store, "import", Environment.MachineName, progress.StartedAt, logger)
    {
        protected override bool IsFinished(ImportProgress progress) => progress.FinishedAt is not null;

        /// <summary>Finishes with the first <see cref="MaxErrorsShown"/> problems in row order and, past them, how many more there are.</summary>
        public void Finish(ImportState state, IReadOnlyList<ImportError> errors, TimeProvider clock)
        {
            var shown = errors.OrderBy(e => e.Row).Take(MaxErrorsShown).ToList();
            if (errors.Count > MaxErrorsShown)
            {
                shown.Add(ImportError.Of(shown[^1].Row, "", "ImportMoreProblems", errors.Count - MaxErrorsShown));
            }

            Update(p => p with { State = state, Errors = shown, FinishedAt = clock.GetUtcNow() });
        }
    }
}
