namespace Showcase.Catalog.Search;

/// <summary>
/// An index that records, in its own commits, how far it has applied each ordered stream of changes — a cluster
/// replica's place in each portal's change log. A position is committed with the writes before it, never ahead of
/// them, so after a crash the index resumes at a place whose changes it holds (and replays the rest harmlessly).
/// </summary>
public interface ISearchPositions
{
    /// <summary>How far the index has applied <paramref name="stream"/> (0 when never).</summary>
    long PositionOf(string stream);

    /// <summary>Records that every change of <paramref name="stream"/> up to <paramref name="position"/> has been written.</summary>
    void Advance(string stream, long position);

    /// <summary>Commits what has been written and returns the positions that commit holds: what survives a crash.</summary>
    IReadOnlyDictionary<string, long> Checkpoint();
}
