using System.Collections.Concurrent;
using Showcase.Jobs;
using Showcase.Tenancy;

namespace Showcase.Api.Jobs;

/// <summary>
/// A portal's background jobs of one kind (imports, collection exports): each run here is kept in this host's memory
/// until <see cref="JobTimes.Kept"/> after it finished, and reported to its <see cref="IJobGrain"/>, from which every
/// other host — and this one after a restart — reads it back. A job is found only under its own portal.
/// </summary>
internal sealed class PortalJobs<TJob, TProgress>(
    IGrainFactory grains, TimeProvider clock, Func<TProgress, DateTimeOffset?> finishedAt, Func<TProgress, DateTimeOffset, TProgress> interrupted)
    where TJob : ReportedJob<TProgress>
    where TProgress : class
{
    private readonly ConcurrentDictionary<(TenantId Tenant, string Id), TJob> _jobs = new();

    /// <summary>Makes a job with its grain, keeps it, and runs <paramref name="work"/> in the background with its reports.</summary>
    public TJob Start(TenantId tenant, string id, Func<IJobGrain, TJob> create, Func<TJob, Task> work)
    {
        foreach (var (key, old) in _jobs)
        {
            if (finishedAt(old.Progress) < clock.GetUtcNow() - JobTimes.Kept)
            {
                _jobs.TryRemove(key, out _);
            }
        }

        var job = _jobs[(tenant, id)] = create(grains.GetJob(tenant, id));
        _ = Task.Run(() => job.RunAsync(() => work(job)));
        return job;
    }

    /// <summary>
    /// A job of this portal, from this host's memory when it ran here, else as its grain last heard it (one cut off
    /// with its host as <c>interrupted</c> makes it); null when there is none.
    /// </summary>
    public async Task<TProgress?> FindAsync(TenantId tenant, string id) =>
        _jobs.TryGetValue((tenant, id), out var job)
            ? job.Progress
            : (await ReportedJob<TProgress>.ReadAsync(grains.GetJob(tenant, id), interrupted)).FirstOrDefault()?.Progress;
}
