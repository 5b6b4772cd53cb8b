using Microsoft.Extensions.Options;

namespace Showcase.Silo.Titles;

/// <summary>Runs <see cref="TitleExpirySweep"/> once the silo is up and then on its interval; a failed sweep is logged and retried next time.</summary>
public sealed partial class TitleExpirySweeper(
    TitleExpirySweep sweep, IOptions<TitleSweepOptions> options, TimeProvider clock, ILogger<TitleExpirySweeper> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.Interval, clock);
        do
        {
            try
            {
                await sweep.SweepAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogSweepFailed(ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The title expiry sweep failed; it runs again at the next interval.")]
    private partial void LogSweepFailed(Exception exception);
}
