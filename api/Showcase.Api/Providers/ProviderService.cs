using Showcase.Api.Listings;
using Showcase.Api.Pictures;
using Showcase.Listings;
using Showcase.People;
using Showcase.Pictures;
using Showcase.Providers;

namespace Showcase.Api.Providers;

/// <summary>
/// Solution providers of the current tenant: provider members register their own organisation's entry (curators on
/// anyone's behalf); owners and curators keep it up to date; curators list it in the catalog or take it out.
/// </summary>
public sealed class ProviderService(CatalogAccess access, PictureService pictures)
{
    private static readonly Role[] Registrars = [Role.Curator, Role.TenantAdmin, Role.ProviderMember];
    private const string Noun = "解决方案供应商";

    public bool CanRegister => access.Current.HasAny(Registrars);

    public bool IsCurator => access.Current.IsCurator;

    public bool CanManage(ProviderSnapshot provider) => access.CanManage(provider);

    public async Task<ProviderSnapshot> RegisterAsync(ProviderProfile profile, string? id = null)
    {
        access.Current.RequireAny("登记解决方案供应商", Registrars);
        var key = access.Key(CatalogAccess.NewOrParse(id));
        profile = profile with { Pictures = await pictures.ResolveAsync(PictureOwner.Of(CatalogKind.Provider, key.Id), profile.Pictures, (await Provider(key).GetAsync())?.Profile.Pictures ?? PictureSet.None) };
        return await Provider(key).RegisterAsync(profile, access.Current.AsOwner, access.Current.AsActor);
    }

    /// <summary>Replaces the profile; <paramref name="keepPictures"/> keeps the pictures as they are (a client that does not send them).</summary>
    public async Task<ProviderSnapshot> EditAsync(string id, ProviderProfile profile, int expectedVersion, bool keepPictures = false)
    {
        var current = await access.VisibleOrThrowAsync(id, GetAsync, Noun);
        access.RequireManager(current, "修改这个供应商");
        profile = profile with { Pictures = await pictures.KeepOrResolveAsync(PictureOwner.Of(CatalogKind.Provider, current.Key.Id), profile.Pictures, current.Profile.Pictures, keepPictures) };
        return await Provider(current.Key).EditAsync(profile, expectedVersion, access.Current.AsActor);
    }

    /// <summary>Saves the profile as it is with this cover and gallery.</summary>
    public async Task<ProviderSnapshot> SetPicturesAsync(string id, PictureSet wanted, int expectedVersion) =>
        await EditAsync(id, (await access.VisibleOrThrowAsync(id, GetAsync, Noun)).Profile with { Pictures = wanted }, expectedVersion);

    public async Task<ProviderSnapshot> ListAsync(string id) =>
        await Provider(await CuratedOrThrowAsync(id, "将供应商入库")).ListAsync(access.Current.AsActor);

    public async Task<ProviderSnapshot> DelistAsync(string id, string reason) =>
        await Provider(await CuratedOrThrowAsync(id, "将供应商移出")).DelistAsync(reason, access.Current.AsActor);

    public Task<ProviderSnapshot?> FindAsync(string id) => access.FindAsync(id, GetAsync);

    private async Task<CatalogKey> CuratedOrThrowAsync(string id, string what)
    {
        var current = await access.VisibleOrThrowAsync(id, GetAsync, Noun);
        access.Current.RequireAny(what, Role.Curator, Role.TenantAdmin);
        return current.Key;
    }

    private Task<ProviderSnapshot?> GetAsync(CatalogKey key) => Provider(key).GetAsync();

    private IProviderGrain Provider(CatalogKey key) => access.Grains.GetProvider(key);
}
