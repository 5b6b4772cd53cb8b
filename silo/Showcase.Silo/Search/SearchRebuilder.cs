using Showcase.Api.Search;
using Showcase.Catalog.Search;

namespace Showcase.Silo.Search;

/// <summary>
/// Rebuilds this host's index from the catalog — a fresh index filled beside the live one, which keeps answering
/// until the new one takes its place — and tells how far it has come.
/// </summary>
public sealed partial class SearchRebuilder(SearchCatalog catalog, ISearchIndex index, TimeProvider clock, ILogger<SearchRebuilder> logger)
{
    private readonly System.Threading.Lock _lock = new();
    private volatile SearchRebuildProgress? _progress;

    /// <summary>The rebuild under way or the last one since this host started; null when none.</summary>
    public SearchRebuildProgress? Progress => _progress;

    /// <summary>Marks a rebuild as under way; false (with the one under way) when one already is.</summary>
    private bool TryBegin(out SearchRebuildProgress progress)
    {
        lock (_lock)
        {
            if (_progress is { State: SearchRebuildState.Running } running)
            {
                progress = running;
                return false;
            }

            progress = _progress = new SearchRebuildProgress(SearchRebuildState.Running, 0, 0, clock.GetUtcNow(), null, null);
            return true;
        }
    }

    /// <summary>Marks a rebuild as under way and runs <paramref name="start"/> in the background; returns the progress (the one under way, when there is one).</summary>
    public SearchRebuildProgress Start(Func<Task> start)
    {
        if (TryBegin(out var progress))
        {
            _ = Task.Run(start);
        }

        return progress;
    }

    /// <summary>Ends the rebuild under way as failed, with why.</summary>
    public void Fail(string error) =>
        _progress = (_progress ?? new SearchRebuildProgress(SearchRebuildState.Running, 0, 0, clock.GetUtcNow(), null, null))
            with { State = SearchRebuildState.Failed, FinishedAt = clock.GetUtcNow(), Error = error };

    /// <summary>Rebuilds now (marking it under way unless it is already); on failure the old index stays and the error is rethrown.</summary>
    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        TryBegin(out _);
        try
        {
            var tenants = await catalog.TenantsAsync();
            var total = await catalog.CountAsync(tenants);
            _progress = _progress! with { Total = total };
            await using var rebuild = await index.BeginRebuildAsync(cancellationToken);
            var done = 0;
            foreach (var tenant in tenants)
            {
                done += await catalog.ApplyAsync(rebuild, catalog.ItemsAsync(tenant), cancellationToken,
                    applied => _progress = _progress with { Done = done + applied, Total = Math.Max(total, done + applied) });
            }

            await rebuild.CompleteAsync(cancellationToken);
            _progress = _progress with { State = SearchRebuildState.Completed, Done = done, Total = done, FinishedAt = clock.GetUtcNow() };
            LogRebuilt(logger, done);
        }
        catch (Exception ex)
        {
            LogFailed(logger, ex);
            Fail(ex.Message);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Search index rebuilt from {Count} catalog items")]
    private static partial void LogRebuilt(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The search index rebuild failed; the old index stays in use")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
