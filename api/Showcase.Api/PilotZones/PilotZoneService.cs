using Showcase.Api.Listings;
using Showcase.Api.Pictures;
using Showcase.Api.Titles;
using Showcase.Listings;
using Showcase.People;
using Showcase.Pictures;
using Showcase.PilotZones;

namespace Showcase.Api.PilotZones;

/// <summary>
/// Pilot zones of the current tenant: organisers (curators, tenant admins) propose them and decide their plans case
/// by case; the public sees approved zones. Member factories and providers must exist in the tenant.
/// </summary>
public sealed class PilotZoneService(CatalogAccess access, TimeProvider clock, PictureService pictures)
    : TitledService<PilotZoneSnapshot>(access, clock, CatalogKind.PilotZone, "先行区")
{
    public async Task<PilotZoneSnapshot> ProposeAsync(PilotZoneProfile profile, DateOnly? on = null, string? id = null)
    {
        Access.Current.RequireAny("提交先行区创建方案", Role.Curator, Role.TenantAdmin);
        var key = Access.Key(CatalogAccess.NewOrParse(id));
        await Access.RequireLinksAsync(MemberLinks(profile, PilotZoneProfile.Empty));
        profile = profile with { Pictures = await pictures.ResolveAsync(PictureOwner.Of(CatalogKind.PilotZone, key.Id), profile.Pictures, (await Zone(key).GetAsync())?.Profile.Pictures ?? PictureSet.None) };
        return await Zone(key).ProposeAsync(profile, on ?? Today, Access.Current.AsOwner, Access.Current.AsActor);
    }

    /// <summary>Replaces the profile; <paramref name="keepPictures"/> keeps the pictures as they are (a client that does not send them).</summary>
    public async Task<PilotZoneSnapshot> EditAsync(string id, PilotZoneProfile profile, int expectedVersion, bool keepPictures = false)
    {
        var current = await ManagedOrThrowAsync(id, "修改这个先行区");
        await Access.RequireLinksAsync(MemberLinks(profile, current.Profile));
        profile = profile with { Pictures = await pictures.KeepOrResolveAsync(PictureOwner.Of(CatalogKind.PilotZone, current.Key.Id), profile.Pictures, current.Profile.Pictures, keepPictures) };
        return await Zone(current.Key).EditAsync(profile, expectedVersion, Access.Current.AsActor);
    }

    /// <summary>Saves the profile as it is with this cover and gallery.</summary>
    public async Task<PilotZoneSnapshot> SetPicturesAsync(string id, PictureSet wanted, int expectedVersion) =>
        await EditAsync(id, (await ManagedOrThrowAsync(id, "修改这个先行区的图片")).Profile with { Pictures = wanted }, expectedVersion);

    protected override Task<PilotZoneSnapshot?> GetAsync(CatalogKey key) => Zone(key).GetAsync();

    protected override Task<PilotZoneSnapshot> ReportProgressAsync(CatalogKey key, string period, string text) =>
        Zone(key).ReportProgressAsync(period, text, Access.Current.AsActor);

    private static IEnumerable<CatalogLink> MemberLinks(PilotZoneProfile profile, PilotZoneProfile known) =>
        CatalogLink.Many(CatalogKind.Factory, profile.Factories.Except(known.Factories), "factories", "示范工厂")
            .Concat(CatalogLink.Many(CatalogKind.Provider, profile.Providers.Except(known.Providers), "providers", "解决方案供应商"));

    private IPilotZoneGrain Zone(CatalogKey key) => Access.Grains.GetPilotZone(key);
}
