using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Logging;
using Showcase.Jobs;

namespace Showcase.Api.Jobs;

/// <summary>
/// A background job whose progress is also reported to its <see cref="IJobGrain"/> as this host's run, so every host
/// can read it, after a restart too — at most once a second while it changes, every 20 s while it does not (so a live
/// job is never taken for a lost one), and at once when it ends.
/// </summary>
public abstract partial class ReportedJob<TProgress>(TProgress progress, IJobGrain store, string kind, string host, DateTimeOffset startedAt, ILogger logger)
    : BackgroundJob<TProgress>(progress)
    where TProgress : class
{
    private static readonly TimeSpan ReportedEvery = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(20);
    private long _lastReported;

    protected abstract bool IsFinished(TProgress progress);

    protected override void Changed()
    {
        var now = Environment.TickCount64;
        var last = Interlocked.Read(ref _lastReported);
        if (now - last >= ReportedEvery.TotalMilliseconds && Interlocked.CompareExchange(ref _lastReported, now, last) == last)
        {
            _ = ReportAsync();
        }
    }

    /// <summary>Runs the job's work, reporting as it goes and once more when it is over.</summary>
    public async Task RunAsync(Func<Task> work)
    {
        await ReportAsync();
        using var heartbeat = new PeriodicTimer(Heartbeat);
        var beating = BeatAsync(heartbeat);
        try
        {
            await work();
        }
        finally
        {
            heartbeat.Dispose();
            await beating;
            await ReportAsync();
        }
    }

    /// <summary>
    /// Reports the progress now; a failed report is logged and made good by the next one (this host still answers
    /// from memory).
    /// </summary>
    public async Task ReportAsync()
    {
        var current = Progress;
        try
        {
            await store.ReportAsync(new JobReport(kind, JsonSerializer.Serialize(current, JobJson.Options), IsFinished(current), host, startedAt));
        }
        catch (Exception ex)
        {
            LogReportFailed(logger, ex, kind, store.GetPrimaryKeyString());
        }
    }

    /// <summary>
    /// The job as each host's run was last heard of, by host (empty: none); a run cut off with its host reads as
    /// <paramref name="interrupted"/> makes it.
    /// </summary>
    public static async Task<IReadOnlyList<HostProgress<TProgress>>> ReadAsync(IJobGrain store, Func<TProgress, DateTimeOffset, TProgress> interrupted) =>
        (await store.GetAsync())
            .Select(status => (status, read: JsonSerializer.Deserialize<TProgress>(status.Report.Progress, JobJson.Options)))
            .Where(run => run.read is not null)
            .Select(run => new HostProgress<TProgress>(run.status.Report.Host, run.status.Interrupted ? interrupted(run.read!, run.status.HeardAt) : run.read!))
            .ToArray();

    private async Task BeatAsync(PeriodicTimer heartbeat)
    {
        while (await heartbeat.WaitForNextTickAsync())
        {
            await ReportAsync();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not report the progress of {Kind} job {Job}; the next report will")]
    private static partial void LogReportFailed(ILogger logger, Exception exception, string kind, string job);
}

/// <summary>A host's run of a job, as read back from the job's grain.</summary>
public sealed record HostProgress<TProgress>(string Host, TProgress Progress);

internal static class JobJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
}
