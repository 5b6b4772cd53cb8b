using Showcase.Listings;
using Showcase.Tenancy;
using Showcase.Titles;

namespace Showcase.Silo.Titles;

/// <summary>
/// Moves every demonstration title whose validity has run out to "re-evaluation due" and tells the tenant's curators.
/// Driven by the validity dates in storage, so nothing is missed across restarts: whatever expired while the host was
/// down is caught at the next sweep, which runs at start and then every <see cref="TitleSweepOptions.Interval"/>.
/// </summary>
public sealed partial class TitleExpirySweep(IGrainFactory grains, TimeProvider clock, ILogger<TitleExpirySweep> logger)
{
    private static readonly CatalogKind[] TitledKinds = [CatalogKind.Factory, CatalogKind.PilotZone];

    private static readonly string[] Watched = [StatusCode.Of(TitleStatus.Recognised), StatusCode.Of(TitleStatus.ReevaluationDue)];

    /// <summary>Sweeps every tenant; returns how many titles became due.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken = default)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var due = 0;
        foreach (var tenant in await grains.GetTenantRegistry().ListAsync())
        {
            foreach (var kind in TitledKinds)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var ids = await grains.GetCatalogDirectory(tenant.Id, kind).ListExpiredAsync(today, Watched);
                foreach (var id in ids)
                {
                    if (await grains.GetTitled(kind, new CatalogKey(tenant.Id, id)).MarkReevaluationDueIfExpiredAsync(today))
                    {
                        due++;
                        LogDue(kind, tenant.Id.Value, id.Value);
                    }
                }
            }
        }

        return due;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Kind} {Tenant}/{Id}: title validity ran out, re-evaluation due; curators notified.")]
    private partial void LogDue(CatalogKind kind, string tenant, string id);
}
