using Orleans.Concurrency;
using Showcase.Tenancy;

namespace Showcase.Jobs;

/// <summary>
/// A background job — a portal's import or collection export, the platform's search rebuild — as every host sees it:
/// the host running it reports its progress here, any host reads it, and it outlives a restart until it expires.
/// A job may run on several hosts at once (in a cluster every host rebuilds its own search replica): each host's
/// latest run is kept on its own.
/// Key: <c>{tenant}/{job}</c> or <c>_platform/{job}</c>, built with <see cref="JobGrainFactoryExtensions"/>.
/// </summary>
[Alias("showcase.job")]
public interface IJobGrain : IGrainWithStringKey
{
    /// <summary>
    /// A host's latest progress: a later report of a run replaces an earlier one, a finished run stays finished, and a
    /// run started later replaces the host's earlier run.
    /// </summary>
    [Alias("report")]
    Task ReportAsync(JobReport report);

    /// <summary>The job as each host last reported it, by host; empty when there is none (never started, or expired).</summary>
    [Alias("get"), ReadOnly]
    Task<IReadOnlyList<JobStatus>> GetAsync();
}

/// <summary>
/// What the running host says: the job's kind (<c>import</c>, <c>export</c>, <c>search-rebuild</c>), its progress in
/// the kind's own JSON, whether it has finished, which host runs it, and when this run started (by that host's clock).
/// </summary>
[GenerateSerializer, Immutable, Alias("showcase.job-report")]
public sealed record JobReport(
    [property: Id(0)] string Kind,
    [property: Id(1)] string Progress,
    [property: Id(2)] bool Finished,
    [property: Id(3)] string Host,
    [property: Id(4)] DateTimeOffset StartedAt);

/// <summary>
/// A host's run of a job as any host reads it: the last report, when it was heard, and whether it was cut off —
/// unfinished and not heard of for <see cref="JobTimes.Unheard"/> (its host stopped or was lost; starting it again is safe).
/// </summary>
[GenerateSerializer, Immutable, Alias("showcase.job-status")]
public sealed record JobStatus(
    [property: Id(0)] JobReport Report,
    [property: Id(1)] DateTimeOffset HeardAt,
    [property: Id(2)] bool Interrupted);

public static class JobTimes
{
    /// <summary>An unfinished job not heard of for this long was cut off with its host.</summary>
    public static readonly TimeSpan Unheard = TimeSpan.FromMinutes(1);

    /// <summary>A host's run is kept this long after it finished (or was last heard of), then forgotten (an export's file too).</summary>
    public static readonly TimeSpan Kept = TimeSpan.FromHours(1);

    /// <summary>How often a running job's progress is written to storage at most (state changes are written at once).</summary>
    public static readonly TimeSpan SavedEvery = TimeSpan.FromSeconds(5);
}

public static class JobGrainFactoryExtensions
{
    /// <summary>A portal's job.</summary>
    public static IJobGrain GetJob(this IGrainFactory grains, TenantId tenant, string job) =>
        grains.GetGrain<IJobGrain>($"{tenant.Value}/{job}");

    /// <summary>A job of the whole platform (no tenant id starts with an underscore).</summary>
    public static IJobGrain GetPlatformJob(this IGrainFactory grains, string job) =>
        grains.GetGrain<IJobGrain>($"_platform/{job}");
}
