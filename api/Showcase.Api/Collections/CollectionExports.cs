using Microsoft.Extensions.Logging;
using Showcase.Api.Jobs;
using Showcase.Api.Transfers;
using Showcase.Catalog.Collections;
using Showcase.Catalog.Spreadsheets;
using Showcase.Collections;
using Showcase.Common;
using Showcase.Jobs;
using Showcase.Tenancy;

namespace Showcase.Api.Collections;

public enum ExportFormat
{
    /// <summary>The book as a Word document.</summary>
    Docx,

    /// <summary>The list of cases as a spreadsheet.</summary>
    Xlsx,
}

public enum ExportState
{
    /// <summary>Reading each case's pinned revision.</summary>
    Reading,

    /// <summary>Writing the file.</summary>
    Writing,

    Done,

    /// <summary>Something failed on the platform's side; starting the export again is safe.</summary>
    Failed,
}

/// <summary>Why an export failed.</summary>
public enum ExportFailure
{
    None,

    /// <summary>The host writing it stopped before it finished.</summary>
    HostStopped,

    /// <summary>Writing it failed on the platform's side.</summary>
    Failed,
}

/// <summary>Where an export stands: what the progress page and a polling client show.</summary>
public sealed record ExportProgress(string Id, string Collection, ExportFormat Format, bool WorkingCopy, ExportState State, int Total, int Read, string FileName,
    DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, ExportFailure Failure = ExportFailure.None, BookLanguage Language = BookLanguage.Chinese)
{
    public bool IsFinished => State is ExportState.Done or ExportState.Failed;

    /// <summary>0–100: reading the cases is most of the work; writing is the last tenth.</summary>
    public int Percent => State switch
    {
        ExportState.Done => 100,
        ExportState.Writing => 90,
        _ => Total == 0 ? 0 : Read * 90 / Total,
    };

    public string ContentType => Format == ExportFormat.Docx ? ExportFile.Docx : ExportFile.Xlsx;
}

/// <summary>
/// Runs collection exports in the background. Their progress is reported to each export's <see cref="IJobGrain"/> and
/// the finished file kept in <see cref="IExportFiles"/>, so any host answers the progress page and serves the
/// download, after a restart too, until they expire an hour later. Exports only read: starting one again is always safe.
/// </summary>
public sealed partial class CollectionExports(CollectionBooks books, IExportFiles files, IGrainFactory grains, TimeProvider clock, ILogger<CollectionExports> logger)
{
    private readonly PortalJobs<Job, ExportProgress> _jobs = new(grains, clock, progress => progress.FinishedAt, (progress, heardAt) => progress with
    {
        State = ExportState.Failed,
        FinishedAt = heardAt,
        Failure = ExportFailure.HostStopped,
    });

    public ExportProgress Start(TenantSnapshot tenant, CollectionSnapshot collection, CollectionContent content, ExportFormat format, BookLanguage language, string baseUrl)
    {
        var id = EntityId.New().Value;
        var title = (language == BookLanguage.English ? content.Details.English.Title : null) ?? content.Details.Title ?? BookWords.Get("UntitledCollection", language);
        var fileName = $"{FileNames.Safe(title)}.{format.ToString().ToLowerInvariant()}";
        var progress = new ExportProgress(id, collection.Key.Id.Value, format, !content.Equals(collection.Published?.Content), ExportState.Reading, content.CaseCount, 0, fileName,
            clock.GetUtcNow(), null, Language: language);
        return _jobs.Start(tenant.Id, id, store => new Job(progress, store, logger), job => RunAsync(job, tenant, collection, content, baseUrl)).Progress;
    }

    /// <summary>
    /// An export of this tenant, from this host's memory when it ran here, else as its grain last heard it; null
    /// when there is none (another tenant's exports do not exist here).
    /// </summary>
    public Task<ExportProgress?> FindAsync(TenantId tenant, string id) => _jobs.FindAsync(tenant, id);

    /// <summary>The file of a finished export, or null while it runs or when it has expired.</summary>
    public async Task<ExportFile?> FileAsync(TenantId tenant, ExportProgress export, CancellationToken cancellationToken) =>
        export.State == ExportState.Done && await files.ReadAsync(tenant, export.Id, cancellationToken) is { } content
            ? new ExportFile(export.FileName, export.ContentType, content)
            : null;

    private async Task RunAsync(Job job, TenantSnapshot tenant, CollectionSnapshot collection, CollectionContent content, string baseUrl)
    {
        try
        {
            var book = await books.BuildAsync(tenant, collection, content, baseUrl, read => job.Update(p => p with { Read = Math.Max(p.Read, read) }),
                language: job.Progress.Language);
            job.Update(p => p with { State = ExportState.Writing });
            using var stream = new MemoryStream();
            if (job.Progress.Format == ExportFormat.Docx)
            {
                BookDocx.Write(stream, book);
            }
            else
            {
                XlsxTable.Write(stream, [BookSheet.Of(book)]);
            }

            // Kept before it is reported done, so whoever sees it done can download it.
            await files.SaveAsync(tenant.Id, job.Progress.Id, stream.ToArray(), CancellationToken.None);
            job.Update(p => p with { State = ExportState.Done, FinishedAt = clock.GetUtcNow() });
        }
        catch (Exception ex)
        {
            LogFailed(logger, ex, tenant.Id, collection.Key.Id);
            job.Update(p => p with { State = ExportState.Failed, FinishedAt = clock.GetUtcNow(), Failure = ExportFailure.Failed });
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Export of collection {Collection} in {Tenant} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, TenantId tenant, EntityId collection);

    private sealed class Job(ExportProgress progress, IJobGrain store, ILogger logger)
        : ReportedJob<ExportProgress>(progress, store, "export", Environment.MachineName, progress.StartedAt, logger)
    {
        protected override bool IsFinished(ExportProgress progress) => progress.IsFinished;
    }
}

/// <summary>
/// The xlsx list of a collection: one row per case, in book order, headed in the book's language; a list in both
/// languages is the Chinese one with each case's English title beside its Chinese.
/// </summary>
public static class BookSheet
{
    public static TableSheet Of(Book book)
    {
        var language = book.Language;
        string Word(string key) => BookWords.Get(key, language);
        string[] facts = [BookFacts.Organisation, BookFacts.Region, BookFacts.Industry, BookFacts.Domain, BookFacts.Year];
        var englishTitles = book.English?.Cases.Select(c => c.Title).ToArray();
        var rows = book.Chapters.SelectMany((chapter, c) => chapter.Cases.Select(item => (chapter: BookWords.Chapter(c + 1, chapter.Title, language), item)))
            .Select((row, i) => (IReadOnlyList<object?>)
            [
                i + 1, row.chapter, row.item.Title, .. englishTitles is null ? Array.Empty<object?>() : [englishTitles[i]],
                .. facts.Select(key => row.item.Facts.FirstOrDefault(f => f.Key == key)?.Value), BookWords.Get("RevisionNumber", language, row.item.Revision), row.item.Note, row.item.Url,
            ]);
        return new TableSheet(
            Word("SheetName"),
            [Word("Column.number"), Word("Column.chapter"), Word("Column.title"), .. englishTitles is null ? Array.Empty<string>() : [Word("Column.englishTitle")],
                .. facts.Select(key => BookWords.Fact(key, language)), Word("Column.revision"), Word("EditorNote"), Word("Column.url")],
            rows,
            [6, 22, 36, .. englishTitles is null ? Array.Empty<double>() : [36], 24, 14, 16, 20, 8, 8, 40, 50]);
    }
}

/// <summary>File names that open everywhere: characters Windows refuses replaced, at most 80 characters.</summary>
public static class FileNames
{
    public static string Safe(string name)
    {
        var invalid = "\\/:*?\"<>|".ToCharArray().Concat(Enumerable.Range(0, 32).Select(c => (char)c)).ToHashSet();
        var safe = new string(name.Select(c => invalid.Contains(c) ? '_' : c).ToArray()).Trim();
        return safe.Length > 80 ? safe[..80] : safe.Length == 0 ? "export" : safe;
    }
}
