using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Logging;
using Showcase.Jobs;
using Showcase.Tenancy;

namespace Showcase.Api.Transfers;

/// <summary>
/// A background job whose progress is also reported to its <see cref="IJobGrain"/>, so every host can read it, after a
/// restart too —
/// at most once a second while it changes, every 20 s while it does not (so a live job is never taken for a lost
/// one), and at once when it ends.
/// </summary>
internal abstract partial class ReportedJob<TProgress>(TenantId tenant, TProgress progress, IJobGrain store, string kind, ILogger logger)
    : BackgroundJob<TProgress>(tenant, progress)
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
            _ = TryReportAsync();
        }
    }

    /// <summary>Runs the job's work, reporting as it goes and once more when it is over.</summary>
    public async Task RunAsync(Func<Task> work)
    {
        await TryReportAsync();
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
            await TryReportAsync();
        }
    }

    /// <summary>A job of the tenant as its grain last heard it (null: none); one cut off with its host reads as <paramref name="interrupted"/> makes it.</summary>
    public static async Task<TProgress?> ReadAsync(IJobGrain store, Func<TProgress, DateTimeOffset, TProgress> interrupted)
    {
        if (await store.GetAsync() is not { } status || JsonSerializer.Deserialize<TProgress>(status.Report.Progress, JobJson.Options) is not { } read)
        {
            return null;
        }

        return status.Interrupted ? interrupted(read, status.HeardAt) : read;
    }

    private async Task BeatAsync(PeriodicTimer heartbeat)
    {
        while (await heartbeat.WaitForNextTickAsync())
        {
            await TryReportAsync();
        }
    }

    /// <summary>Reports the progress; a failed report is logged and made good by the next one (this host still answers from memory).</summary>
    private async Task TryReportAsync()
    {
        var current = Progress;
        try
        {
            await store.ReportAsync(new JobReport(kind, JsonSerializer.Serialize(current, JobJson.Options), IsFinished(current), Environment.MachineName));
        }
        catch (Exception ex)
        {
            LogReportFailed(logger, ex, kind, Tenant);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not report the progress of a {Kind} job of {Tenant}; the next report will")]
    private static partial void LogReportFailed(ILogger logger, Exception exception, string kind, TenantId tenant);
}

internal static class JobJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
}
