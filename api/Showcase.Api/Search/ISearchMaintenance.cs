namespace Showcase.Api.Search;

public enum SearchRebuildState
{
    Running,
    Completed,
    Failed,
}

/// <summary>How far a rebuild of the search index has come: items of the catalog read (and indexed when public) of all.</summary>
public sealed record SearchRebuildProgress(SearchRebuildState State, int Done, int Total, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, string? Error);

/// <summary>Rebuilding the whole search index from the catalog (platform admins), while search keeps answering from the old one.</summary>
public interface ISearchMaintenance
{
    /// <summary>The rebuild under way or the last one since this host started; null when none.</summary>
    SearchRebuildProgress? LastRebuild { get; }

    /// <summary>Starts a rebuild, or returns the one under way.</summary>
    SearchRebuildProgress StartRebuild();
}
