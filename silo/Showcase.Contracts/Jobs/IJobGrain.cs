using Orleans.Concurrency;
using Showcase.Tenancy;

namespace Showcase.Jobs;

/// <summary>
/// A background job of one portal — an import, a search rebuild, a collection export — as every host sees it: the
/// host running it reports its progress here, any host reads it, and it outlives a restart until it expires.
/// Key: <c>{tenant}/{job}</c>, built with <see cref="JobGrainFactoryExtensions.GetJob"/>.
/// </summary>
[Alias("showcase.job")]
public interface IJobGrain : IGrainWithStringKey
{
    /// <summary>The running host's latest progress (a later report replaces an earlier one; a finished job stays finished).</summary>
    [Alias("report")]
    Task ReportAsync(JobReport report);

    /// <summary>The job as last reported, or null when there is none (never started here, or expired).</summary>
    [Alias("get"), ReadOnly]
    Task<JobStatus?> GetAsync();
}

/// <summary>
/// What the running host says: the job's kind (<c>import</c>, <c>export</c>, <c>search-rebuild</c>), its progress in
/// the kind's own JSON, whether it has finished, and which host runs it.
/// </summary>
[GenerateSerializer, Immutable, Alias("showcase.job-report")]
public sealed record JobReport(
    [property: Id(0)] string Kind,
    [property: Id(1)] string Progress,
    [property: Id(2)] bool Finished,
    [property: Id(3)] string Host);

/// <summary>
/// A job as any host reads it: the last report, when it was heard, and whether it was cut off — unfinished and not
/// heard of for <see cref="JobTimes.Unheard"/> (its host stopped or was lost; starting it again is safe).
/// </summary>
[GenerateSerializer, Immutable, Alias("showcase.job-status")]
public sealed record JobStatus(
    [property: Id(0)] JobReport Report,
    [property: Id(1)] DateTimeOffset StartedAt,
    [property: Id(2)] DateTimeOffset HeardAt,
    [property: Id(3)] bool Interrupted);

public static class JobTimes
{
    /// <summary>An unfinished job not heard of for this long was cut off with its host.</summary>
    public static readonly TimeSpan Unheard = TimeSpan.FromMinutes(1);

    /// <summary>A job is kept this long after it finished (or was last heard of), then forgotten with its file.</summary>
    public static readonly TimeSpan Kept = TimeSpan.FromHours(1);

    /// <summary>How often a running job's progress is written to storage at most (state changes are written at once).</summary>
    public static readonly TimeSpan SavedEvery = TimeSpan.FromSeconds(5);
}

public static class JobGrainFactoryExtensions
{
    public static IJobGrain GetJob(this IGrainFactory grains, TenantId tenant, string job) =>
        grains.GetGrain<IJobGrain>($"{tenant.Value}/{job}");
}
