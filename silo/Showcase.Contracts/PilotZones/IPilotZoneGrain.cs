using Orleans.Concurrency;
using Showcase.Audit;
using Showcase.Common;
using Showcase.Titles;

namespace Showcase.PilotZones;

/// <summary>
/// One pilot zone: proposed → plan reviewed case by case (一事一议) → approved (3 years) → re-evaluation due → kept
/// or revoked. Key <c>{tenant}/{id}</c>.
/// </summary>
[Alias("showcase.pilot-zone")]
public interface IPilotZoneGrain : ITitledGrain
{
    [Alias("propose")]
    Task<PilotZoneSnapshot> ProposeAsync(PilotZoneProfile profile, DateOnly on, Owner owner, Actor by);

    [Alias("edit")]
    Task<PilotZoneSnapshot> EditAsync(PilotZoneProfile profile, int expectedVersion, Actor by);

    [Alias("report-progress")]
    Task<PilotZoneSnapshot> ReportProgressAsync(string period, string text, Actor by);

    [Alias("get"), AlwaysInterleave]
    Task<PilotZoneSnapshot?> GetAsync();
}
