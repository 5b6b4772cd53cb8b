using Showcase.Api.Listings;
using Showcase.Api.Pictures;
using Showcase.Api.Titles;
using Showcase.Factories;
using Showcase.Listings;
using Showcase.People;
using Showcase.Pictures;

namespace Showcase.Api.Factories;

/// <summary>
/// Demonstration factories of the current tenant: enterprises declare their own (and curators on their behalf),
/// owners and curators keep the profile and progress reports up to date, curators decide the title. The public
/// sees factories from selection on.
/// </summary>
public sealed class FactoryService(CatalogAccess access, TimeProvider clock, PictureService pictures)
    : TitledService<FactorySnapshot>(access, clock, CatalogKind.Factory, "示范工厂")
{
    private static readonly Role[] Declarers = [Role.Curator, Role.TenantAdmin, Role.EnterpriseMember];

    public bool CanDeclare => Access.Current.HasAny(Declarers);

    /// <summary>Declares a factory on <paramref name="on"/> (today when null); a client-chosen id makes a retry apply once.</summary>
    public async Task<FactorySnapshot> DeclareAsync(FactoryProfile profile, DateOnly? on = null, string? id = null)
    {
        Access.Current.RequireAny("申报示范工厂", Declarers);
        var key = Access.Key(CatalogAccess.NewOrParse(id));
        await Access.RequireLinksAsync(ScenarioLinks(profile, FactoryProfile.Empty));
        profile = profile with { Pictures = await pictures.ResolveAsync(PictureOwner.Of(CatalogKind.Factory, key.Id), profile.Pictures, (await Factory(key).GetAsync())?.Profile.Pictures ?? PictureSet.None) };
        return await Factory(key).DeclareAsync(profile, on ?? Today, Access.Current.AsOwner, Access.Current.AsActor);
    }

    /// <summary>Replaces the profile; <paramref name="keepPictures"/> keeps the pictures as they are (a client that does not send them).</summary>
    public async Task<FactorySnapshot> EditAsync(string id, FactoryProfile profile, int expectedVersion, bool keepPictures = false)
    {
        var current = await ManagedOrThrowAsync(id, "修改这个示范工厂");
        await Access.RequireLinksAsync(ScenarioLinks(profile, current.Profile));
        profile = profile with { Pictures = await pictures.KeepOrResolveAsync(PictureOwner.Of(CatalogKind.Factory, current.Key.Id), profile.Pictures, current.Profile.Pictures, keepPictures) };
        return await Factory(current.Key).EditAsync(profile, expectedVersion, Access.Current.AsActor);
    }

    /// <summary>Saves the profile as it is with this cover and gallery.</summary>
    public async Task<FactorySnapshot> SetPicturesAsync(string id, PictureSet wanted, int expectedVersion) =>
        await EditAsync(id, (await ManagedOrThrowAsync(id, "修改这个示范工厂的图片")).Profile with { Pictures = wanted }, expectedVersion);

    protected override Task<FactorySnapshot?> GetAsync(CatalogKey key) => Factory(key).GetAsync();

    protected override Task<FactorySnapshot> ReportProgressAsync(CatalogKey key, string period, string text) =>
        Factory(key).ReportProgressAsync(period, text, Access.Current.AsActor);

    private static IEnumerable<CatalogLink> ScenarioLinks(FactoryProfile profile, FactoryProfile known) =>
        CatalogLink.Many(null, profile.Scenarios.Except(known.Scenarios), "scenarios", "场景");

    private IFactoryGrain Factory(CatalogKey key) => Access.Grains.GetFactory(key);
}
