using Microsoft.Extensions.Options;
using Showcase.Silo.Hosting;

namespace Showcase.Silo.Observability;

/// <summary>
/// When a host has served nobody for <see cref="ShowcaseOptions.IdleTrimAfter"/> (health probes and metric scrapes
/// aside), it runs one full, compacting collection that gives the heap's unused memory back to the system
/// (<see cref="GCCollectionMode.Aggressive"/>): the GC only collects when something allocates, so a host that went quiet
/// after a busy hour would otherwise keep that hour's memory. Once per quiet spell; the next request starts a new one.
/// </summary>
public sealed partial class IdleMemoryTrim(TimeProvider clock, IOptions<ShowcaseOptions> options, ILogger<IdleMemoryTrim> logger) : BackgroundService
{
    private long _lastRequest = clock.GetTimestamp();
    private long _trimmedAfter = -1;

    /// <summary>Notes a request, unless it only asks how the host is.</summary>
    public void Seen(PathString path)
    {
        if (!path.StartsWithSegments("/health") && !path.StartsWithSegments("/metrics"))
        {
            Interlocked.Exchange(ref _lastRequest, clock.GetTimestamp());
        }
    }

    /// <summary>Whether the host has been quiet long enough and has not trimmed in this quiet spell; if so, the spell counts as trimmed.</summary>
    public bool IsDue()
    {
        var last = Interlocked.Read(ref _lastRequest);
        if (last == _trimmedAfter || clock.GetElapsedTime(last) < options.Value.IdleTrimAfter)
        {
            return false;
        }

        _trimmedAfter = last;
        return true;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.IdleTrimAfter <= TimeSpan.Zero)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.IdleTrimAfter / 4, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            if (IsDue())
            {
                var before = GC.GetGCMemoryInfo().TotalCommittedBytes;
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
                LogTrimmed(logger, before / (1024 * 1024), GC.GetGCMemoryInfo().TotalCommittedBytes / (1024 * 1024));
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Quiet host: the heap gave back memory ({Before} MB committed before, {After} MB after)")]
    private static partial void LogTrimmed(ILogger logger, long before, long after);
}

public static class IdleMemoryTrimExtensions
{
    public static IServiceCollection AddShowcaseIdleMemoryTrim(this IServiceCollection services) => services
        .AddSingleton<IdleMemoryTrim>()
        .AddHostedService(sp => sp.GetRequiredService<IdleMemoryTrim>());

    /// <summary>Notes every request for <see cref="IdleMemoryTrim"/>; first in the pipeline, so refused requests count too.</summary>
    public static IApplicationBuilder UseShowcaseIdleMemoryTrim(this IApplicationBuilder app)
    {
        var trim = app.ApplicationServices.GetRequiredService<IdleMemoryTrim>();
        return app.Use((context, next) =>
        {
            trim.Seen(context.Request.Path);
            return next(context);
        });
    }
}
