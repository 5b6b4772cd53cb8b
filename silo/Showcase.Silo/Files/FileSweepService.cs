using Microsoft.Extensions.Options;
using Showcase.Api.Files;
using Showcase.Tenancy;

namespace Showcase.Silo.Files;

/// <summary>
/// Runs <see cref="FileSweeper"/> over every portal at start and then on every interval. Each host of a cluster
/// sweeps the shared store; deleting a file twice is harmless, so no host needs to lead.
/// </summary>
public sealed partial class FileSweepService(FileSweeper sweeper, IGrainFactory grains, IOptions<FileSweepOptions> options, TimeProvider clock, ILogger<FileSweepService> logger)
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Forgot {Count} files nothing names in portal {Tenant}.")]
    private partial void LogSwept(int count, string tenant);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The file sweep failed; trying again at the next interval.")]
    private partial void LogSweepFailed(Exception exception);
}
