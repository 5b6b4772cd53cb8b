using Microsoft.Extensions.Options;
using Showcase.Api.Pictures;
using Showcase.Tenancy;

namespace Showcase.Silo.Pictures;

/// <summary>
/// Runs <see cref="PictureSweeper"/> over every portal at start and then on every interval. Each host of a cluster
/// sweeps the shared store; deleting a file twice is harmless, so no host needs to lead.
/// </summary>
public sealed partial class PictureSweepService(PictureSweeper sweeper, IGrainFactory grains, IOptions<PictureSweepOptions> options, TimeProvider clock, ILogger<PictureSweepService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.Interval, clock);
        do
        {
            try
            {
                var before = clock.GetUtcNow() - options.Value.Grace;
                foreach (var tenant in await grains.GetTenantRegistry().ListAsync())
                {
                    if (await sweeper.SweepAsync(tenant.Id, before, stoppingToken) is > 0 and var deleted)
                    {
                        LogSwept(deleted, tenant.Id.Value);
                    }
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogSweepFailed(ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Forgot {Count} picture files nothing names in portal {Tenant}.")]
    private partial void LogSwept(int count, string tenant);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The picture sweep failed; trying again at the next interval.")]
    private partial void LogSweepFailed(Exception exception);
}
