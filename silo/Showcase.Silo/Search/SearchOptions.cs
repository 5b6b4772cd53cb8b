namespace Showcase.Silo.Search;

/// <summary>Bound from <c>Showcase:Search</c>.</summary>
public sealed class SearchOptions
{
    public const string Section = "Showcase:Search";

    /// <summary>
    /// Apply catalog changes to the index as they happen (default). Off, the index is brought up to date only at the
    /// next start — for bulk maintenance, and how the tests stand in for a crash between a write and its indexing.
    /// </summary>
    public bool LiveUpdates { get; set; } = true;
}
