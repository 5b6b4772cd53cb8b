using Showcase.Api.Listings;
using Showcase.Api.Pictures;
using Showcase.Cases;
using Showcase.Listings;
using Showcase.People;
using Showcase.Pictures;

namespace Showcase.Api.Cases;

/// <summary>
/// What people and programs can do with the current tenant's cases: enterprise and provider members write their own
/// and submit them; curators and tenant admins return, publish and withdraw; the public reads published revisions.
/// Linked factories, zones, providers and scenarios must exist in the tenant and be visible to the author.
/// </summary>
public sealed class CaseService(CatalogAccess access, PictureService pictures)
{
    private static readonly Role[] Authors = [Role.Curator, Role.TenantAdmin, Role.EnterpriseMember, Role.ProviderMember];
    private const string Noun = "案例";

    public bool CanCreate => access.Current.HasAny(Authors);

    public bool IsCurator => access.Current.IsCurator;

    public async Task<CaseView> CreateDraftAsync(CaseContent content, string? id = null)
    {
        access.Current.RequireAny("撰写案例", Authors);
        var entityId = CatalogAccess.NewOrParse(id);
        await access.RequireLinksAsync(LinksOf(content.Links));
        var existing = await Case(access.Key(entityId)).GetAsync();
        content = content with { Pictures = await pictures.ResolveAsync(PictureOwner.Of(CatalogKind.Case, entityId), content.Pictures, existing?.Content.Pictures ?? PictureSet.None) };
        return View(await Case(access.Key(entityId)).CreateDraftAsync(content, access.Current.AsOwner, access.Current.AsActor));
    }

    /// <summary>Saves a new revision; <paramref name="keepPictures"/> keeps the pictures as they are (a client that does not send them).</summary>
    public async Task<CaseView> EditAsync(string id, CaseContent content, int expectedVersion, bool keepPictures = false)
    {
        var current = await ManagedOrThrowAsync(id, "修改这个案例");
        await access.RequireLinksAsync(LinksOf(content.Links).Where(link => !current.Content.Links.All.Contains(link.Id)));
        content = content with { Pictures = await pictures.KeepOrResolveAsync(PictureOwner.Of(CatalogKind.Case, current.Key.Id), content.Pictures, current.Content.Pictures, keepPictures) };
        return View(await Case(current.Key).EditAsync(content, expectedVersion, access.Current.AsActor));
    }

    /// <summary>Saves a new revision with these pictures and the content as it is.</summary>
    public async Task<CaseView> SetPicturesAsync(string id, PictureSet wanted, int expectedVersion)
    {
        var current = await ManagedOrThrowAsync(id, "修改这个案例的图片");
        return await EditAsync(id, current.Content with { Pictures = wanted }, expectedVersion);
    }

    /// <summary>Deletes a draft that was never published (its owner or a curator).</summary>
    public async Task DeleteDraftAsync(string id) =>
        await Case((await ManagedOrThrowAsync(id, "删除这个案例草稿")).Key).DeleteDraftAsync(access.Current.AsActor);

    public async Task<CaseView> SubmitForReviewAsync(string id)
    {
        var current = await ManagedOrThrowAsync(id, "提交这个案例");
        return View(await Case(current.Key).SubmitForReviewAsync(access.Current.AsActor));
    }

    public async Task<CaseView> ReturnToDraftAsync(string id, string note) =>
        View(await Case(await CuratedOrThrowAsync(id, "退回案例")).ReturnToDraftAsync(note, access.Current.AsActor));

    public async Task<CaseView> PublishAsync(string id) =>
        View(await Case(await CuratedOrThrowAsync(id, "发布案例")).PublishAsync(access.Current.AsActor));

    public async Task<CaseView> WithdrawAsync(string id, string reason) =>
        View(await Case(await CuratedOrThrowAsync(id, "撤回案例")).WithdrawAsync(reason, access.Current.AsActor));

    /// <summary>The case as the current person may read it, or <c>null</c> when it does not exist for them.</summary>
    public async Task<CaseView?> FindAsync(string id) =>
        await access.FindAsync(id, key => Case(key).GetAsync()) is { } snapshot ? View(snapshot) : null;

    /// <summary>Every revision for owners and curators; nothing for anyone else.</summary>
    public async Task<IReadOnlyList<CaseRevision>> RevisionsAsync(CaseView view) =>
        view.IsManaged ? await Case(view.Snapshot.Key).GetRevisionsAsync() : [];

    /// <summary>
    /// Published cases like this one: those sharing an industry, ranked by shared domains, technologies and scenes
    /// of their listing tags, newest first among equals.
    /// </summary>
    public async Task<IReadOnlyList<CatalogEntry>> RelatedAsync(CaseView view, int take)
    {
        var content = view.Content;
        if (content.Industries.Count == 0 && content.Domains.Count == 0)
        {
            return [];
        }

        var candidates = await access.ListAsync(CatalogKind.Case, new CatalogQuery
        {
            Statuses = [StatusCode.Of(CaseStatus.Published)],
            Industries = content.Industries,
            Take = 100,
        });
        return candidates.Items
            .Where(e => e.Id != view.Snapshot.Key.Id && e.IsPublic)
            .Select((entry, order) => (entry, order, score:
                entry.Tags.Domains.Intersect(content.Domains).Count() * 3
                + entry.Tags.Technologies.Intersect(content.Technologies).Count()
                + entry.Tags.Programs.Intersect(content.Programs).Count()))
            .OrderByDescending(x => x.score).ThenBy(x => x.order)
            .Take(take)
            .Select(x => x.entry)
            .ToArray();
    }

    private CaseView View(CaseSnapshot snapshot) => CaseView.Of(snapshot, access.CanManage(snapshot));

    private async Task<CaseSnapshot> ManagedOrThrowAsync(string id, string what)
    {
        var snapshot = await access.VisibleOrThrowAsync(id, key => Case(key).GetAsync(), Noun);
        access.RequireManager(snapshot, what);
        return snapshot;
    }

    private async Task<CatalogKey> CuratedOrThrowAsync(string id, string what)
    {
        var snapshot = await access.VisibleOrThrowAsync(id, key => Case(key).GetAsync(), Noun);
        access.Current.RequireAny(what, Role.Curator, Role.TenantAdmin);
        return snapshot.Key;
    }

    private static IEnumerable<CatalogLink> LinksOf(CaseLinks links) =>
        CatalogLink.Many(CatalogKind.Factory, links.Factory is { } factory ? [factory] : [], "links.factory", "示范工厂")
            .Concat(CatalogLink.Many(CatalogKind.PilotZone, links.PilotZone is { } zone ? [zone] : [], "links.pilotZone", "先行区"))
            .Concat(CatalogLink.Many(CatalogKind.Provider, links.Providers, "links.providers", "解决方案供应商"))
            .Concat(CatalogLink.Many(null, links.Scenarios, "links.scenarios", "场景"));

    private ICaseGrain Case(CatalogKey key) => access.Grains.GetCase(key);
}
