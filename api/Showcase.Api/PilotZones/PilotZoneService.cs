using Showcase.Api.Listings;
using Showcase.Api.Titles;
using Showcase.Listings;
using Showcase.People;
using Showcase.PilotZones;

namespace Showcase.Api.PilotZones;

/// <summary>
/// Pilot zones of the current tenant: organisers (curators, tenant admins) propose them and decide their plans case
/// by case; the public sees approved zones. Member factories and providers must exist in the tenant.
/// </summary>
public sealed class PilotZoneService(CatalogAccess access, TimeProvider clock)
    : TitledService<PilotZoneSnapshot>(access, clock, CatalogKind.PilotZone, "先行区")
{
    public async Task<PilotZoneSnapshot> ProposeAsync(PilotZoneProfile profile, DateOnly? on = null, string? id = null)
    {
        Access.Current.RequireAny("提交先行区创建方案", Role.Curator, Role.TenantAdmin);
        var key = Access.Key(CatalogAccess.NewOrParse(id));
        await Access.RequireLinksAsync(MemberLinks(profile, PilotZoneProfile.Empty));
        return await Zone(key).ProposeAsync(profile, on ?? Today, Access.Current.AsOwner, Access.Current.AsActor);
    }

    public async Task<PilotZoneSnapshot> EditAsync(string id, PilotZoneProfile profile, int expectedVersion)
    {
        var current = await ManagedOrThrowAsync(id, "修改这个先行区");
        await Access.RequireLinksAsync(MemberLinks(profile, current.Profile));
        return await Zone(current.Key).EditAsync(profile, expectedVersion, Access.Current.AsActor);
    }

    protected override Task<PilotZoneSnapshot?> GetAsync(CatalogKey key) => Zone(key).GetAsync();

    protected override Task<PilotZoneSnapshot> ReportProgressAsync(CatalogKey key, string period, string text) =>
        Zone(key).ReportProgressAsync(period, text, Access.Current.AsActor);

    private static IEnumerable<CatalogLink> MemberLinks(PilotZoneProfile profile, PilotZoneProfile known) =>
        CatalogLink.Many(CatalogKind.Factory, profile.Factories.Except(known.Factories), "factories", "示范工厂")
            .Concat(CatalogLink.Many(CatalogKind.Provider, profile.Providers.Except(known.Providers), "providers", "解决方案供应商"));

    private IPilotZoneGrain Zone(CatalogKey key) => Access.Grains.GetPilotZone(key);
}
