using Microsoft.Extensions.Options;
using Showcase.Api.Jobs;
using Showcase.Api.Search;
using Showcase.Catalog.Search;
using Showcase.Jobs;
using Showcase.Silo.Hosting;

namespace Showcase.Silo.Search;

/// <summary>
/// Rebuilds this host's index from the catalog — a fresh index filled beside the live one, which keeps answering
/// until the new one takes its place — and reports how far it has come as this host's run of the platform's
/// <c>search-rebuild</c> job, so every host shows every host's rebuild, after a restart too.
/// </summary>
public sealed partial class SearchRebuilder(
    SearchCatalog catalog, ISearchIndex index, IGrainFactory grains, IOptions<ShowcaseOptions> showcase, TimeProvider clock, ILogger<SearchRebuilder> logger)
{
    public const string JobName = "search-rebuild";

    private readonly System.Threading.Lock _lock = new();
    private readonly string _host = showcase.Value.HostKey;
    private Job? _job;

    /// <summary>Every host's rebuild as it last reported it (this host's as it stands now); null when there is none.</summary>
    public async Task<SearchRebuild?> LastAsync()
    {
        var hosts = new SortedDictionary<string, HostProgress<SearchRebuildProgress>>(StringComparer.Ordinal);
        try
        {
            foreach (var run in await Job.ReadAsync(grains.GetPlatformJob(JobName), Interrupted))
            {
                hosts[run.Host] = run;
            }
        }
        catch (Exception ex)
        {
            // The storage is out: this host's own rebuild is still worth showing.
            LogUnread(logger, ex);
        }

        if (_job is { } mine)
        {
            hosts[_host] = new HostProgress<SearchRebuildProgress>(_host, mine.Progress);
        }

        return hosts.Count == 0 ? null : new SearchRebuild([.. hosts.Values]);
    }

    /// <summary>Marks a rebuild as under way and runs <paramref name="start"/> in the background, unless one already is.</summary>
    public void Start(Func<Task> start)
    {
        if (TryBegin(out _))
        {
            _ = Task.Run(start);
        }
    }

    /// <summary>Ends the rebuild under way as failed, with why.</summary>
    public async Task FailAsync(string error)
    {
        TryBegin(out var job);
        job.Update(p => p with { State = SearchRebuildState.Failed, FinishedAt = clock.GetUtcNow(), Error = error });
        await job.ReportAsync();
    }

    /// <summary>Rebuilds now (marking it under way unless it is already); on failure the old index stays and the error is rethrown.</summary>
    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        TryBegin(out var job);
        await job.RunAsync(async () =>
        {
            try
            {
                var tenants = await catalog.TenantsAsync();
                var total = await catalog.CountAsync(tenants);
                job.Update(p => p with { Total = total });
                await using var rebuild = await index.BeginRebuildAsync(cancellationToken);
                var done = 0;
                foreach (var tenant in tenants)
                {
                    done += await catalog.ApplyAsync(rebuild, catalog.ItemsAsync(tenant), cancellationToken,
                        applied => job.Update(p => p with { Done = done + applied, Total = Math.Max(total, done + applied) }));
                }

                await rebuild.CompleteAsync(cancellationToken);
                job.Update(p => p with { State = SearchRebuildState.Completed, Done = done, Total = done, FinishedAt = clock.GetUtcNow() });
                LogRebuilt(logger, done);
            }
            catch (Exception ex)
            {
                LogFailed(logger, ex);
                job.Update(p => p with { State = SearchRebuildState.Failed, FinishedAt = clock.GetUtcNow(), Error = ex.Message });
                throw;
            }
        });
    }

    /// <summary>Marks a rebuild as under way; false (with the one under way) when one already is.</summary>
    private bool TryBegin(out Job job)
    {
        lock (_lock)
        {
            if (_job is { Progress.State: SearchRebuildState.Running } running)
            {
                job = running;
                return false;
            }

            job = _job = new Job(new SearchRebuildProgress(SearchRebuildState.Running, 0, 0, clock.GetUtcNow(), null, null), grains.GetPlatformJob(JobName), _host, logger);
            return true;
        }
    }

    private static SearchRebuildProgress Interrupted(SearchRebuildProgress progress, DateTimeOffset heardAt) => progress with
    {
        State = SearchRebuildState.Failed,
        FinishedAt = heardAt,
        Error = SearchRebuildProgress.HostStopped,
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Search index rebuilt from {Count} catalog items")]
    private static partial void LogRebuilt(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The search index rebuild failed; the old index stays in use")]
    private static partial void LogFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The other hosts' search rebuilds could not be read; showing this host's only")]
    private static partial void LogUnread(ILogger logger, Exception exception);

    private sealed class Job(SearchRebuildProgress progress, IJobGrain store, string host, ILogger logger)
        : ReportedJob<SearchRebuildProgress>(progress, store, JobName, host, progress.StartedAt, logger)
    {
        protected override bool IsFinished(SearchRebuildProgress progress) => progress.State != SearchRebuildState.Running;
    }
}
