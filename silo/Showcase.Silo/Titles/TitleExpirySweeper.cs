using Microsoft.Extensions.Options;
using Showcase.Titles;

namespace Showcase.Silo.Titles;

/// <summary>
/// Keeps the cluster's title sweep running (<see cref="ITitleSweepGrain"/>): asks it at start and then on every interval.
/// Every host does, and the sweep grain exists once in the cluster, so the sweep runs once per interval however many
/// hosts there are; when its host goes, the next ask starts it on another.
/// </summary>
public sealed partial class TitleExpirySweeper(IGrainFactory grains, IOptions<TitleSweepOptions> options, TimeProvider clock, ILogger<TitleExpirySweeper> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.Interval;
        using var timer = new PeriodicTimer(interval, clock);
        do
        {
            try
            {
                await grains.GetGrain<ITitleSweepGrain>(ITitleSweepGrain.Key).EnsureRunningAsync(interval);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogAskFailed(ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not reach the title sweep; asking again at the next interval.")]
    private partial void LogAskFailed(Exception exception);
}
