using Showcase.Api.Jobs;

namespace Showcase.Api.Search;

public enum SearchRebuildState
{
    Running,
    Completed,
    Failed,
}

/// <summary>How far one host's rebuild of its search index has come: items of the catalog read (and indexed when public) of all.</summary>
public sealed record SearchRebuildProgress(SearchRebuildState State, int Done, int Total, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, string? Error)
{
    /// <summary>The <see cref="Error"/> of a rebuild whose host stopped part-way (pages say it in the reader's language).</summary>
    public const string HostStopped = "The host running the rebuild stopped part-way; its old index stays in use.";

    public int Percent => Total == 0 ? 0 : Math.Min(100, Done * 100 / Total);
}

/// <summary>
/// The platform's search rebuild as every host last ran it — one host with the embedded index or Elasticsearch, every
/// host of a cluster that keeps its own replica: running while any host is, failed when any host failed.
/// </summary>
public sealed record SearchRebuild(IReadOnlyList<HostProgress<SearchRebuildProgress>> Hosts)
{
    /// <summary>
    /// All hosts as one: as far as the slowest (every host reads the whole catalog), started with the first, finished
    /// with the last.
    /// </summary>
    public SearchRebuildProgress Overall
    {
        get
        {
            var runs = Hosts.Select(h => h.Progress).ToArray();
            var state = runs.Any(r => r.State == SearchRebuildState.Running) ? SearchRebuildState.Running
                : runs.Any(r => r.State == SearchRebuildState.Failed) ? SearchRebuildState.Failed
                : SearchRebuildState.Completed;
            var errors = Hosts.Where(h => h.Progress.Error is not null).Select(h => Hosts.Count > 1 ? $"{h.Host}：{h.Progress.Error}" : h.Progress.Error).ToArray();
            return new SearchRebuildProgress(
                state, runs.Min(r => r.Done), runs.Max(r => r.Total), runs.Min(r => r.StartedAt),
                state == SearchRebuildState.Running ? null : runs.Max(r => r.FinishedAt),
                errors.Length == 0 ? null : string.Join("；", errors));
        }
    }
}

/// <summary>Rebuilding the whole search index from the catalog (platform admins), while search keeps answering from the old one.</summary>
public interface ISearchMaintenance
{
    /// <summary>Every host's rebuild under way or its last one in the past hour; null when none.</summary>
    Task<SearchRebuild?> LastRebuildAsync();

    /// <summary>Starts a rebuild (on every host, in a cluster), or returns the one under way.</summary>
    Task<SearchRebuild> StartRebuildAsync();
}
