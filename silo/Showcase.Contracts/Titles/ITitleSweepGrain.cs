namespace Showcase.Titles;

/// <summary>
/// The cluster's one title-expiry sweep: a single grain (<see cref="Key"/>) that sweeps on a timer while it is
/// active. Every host asks it to run at start and on each interval, so it is active on some host as long as any host
/// is, and a cluster of any size sweeps once per interval.
/// </summary>
[Alias("showcase.title-sweep")]
public interface ITitleSweepGrain : IGrainWithIntegerKey
{
    public const long Key = 0;

    /// <summary>Starts sweeping every <paramref name="interval"/> (the first sweep at once), unless it already does.</summary>
    [Alias("ensure-running")]
    Task EnsureRunningAsync(TimeSpan interval);

    /// <summary>This activation's sweeps, oldest first (the last hundred): when each started, on which host, how many titles it made due.</summary>
    [Alias("runs")]
    Task<IReadOnlyList<TitleSweepRun>> RunsAsync();
}

[GenerateSerializer, Immutable, Alias("showcase.title-sweep-run")]
public sealed record TitleSweepRun([property: Id(0)] DateTimeOffset Started, [property: Id(1)] string Host, [property: Id(2)] int Due);
