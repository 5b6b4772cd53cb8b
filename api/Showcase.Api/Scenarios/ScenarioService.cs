using Showcase.Api.People;
using Showcase.Api.Pictures;
using Showcase.Api.Tenancy;
using Showcase.Common;
using Showcase.People;
using Showcase.Pictures;
using Showcase.Scenarios;

namespace Showcase.Api.Scenarios;

/// <summary>
/// What people and programs can do with the current tenant's scenarios, and who may: curators and tenant admins
/// manage all of them; enterprise and provider members declare their own and edit them until they are published;
/// everyone, signed in or not, sees the published ones. A draft someone may not see does not exist for them.
/// The web pages and GraphQL both call this, so every rule here holds for both.
/// </summary>
public sealed class ScenarioService(IGrainFactory grains, RequestTenant tenant, CurrentUser current, PictureService pictures)
{
    private static readonly Role[] Authors = [Role.Curator, Role.TenantAdmin, Role.EnterpriseMember, Role.ProviderMember];

    /// <summary>Whether the current person may start a scenario (for pages to show the button).</summary>
    public bool CanCreate => current.HasAny(Authors);

    /// <summary>
    /// Creates a draft owned by the current person and their organisation. <paramref name="id"/> lets a client
    /// choose the id up front, so a retried request creates the scenario once; without it a new id is made.
    /// </summary>
    public async Task<ScenarioSnapshot> CreateDraftAsync(ScenarioContent content, string? id = null)
    {
        current.RequireAny("申报场景", Authors);
        var entityId = string.IsNullOrWhiteSpace(id) ? EntityId.New() : EntityId.Parse(id.Trim());
        var existing = await Scenario(entityId).GetAsync();
        content = content with { Pictures = await pictures.ResolveAsync(PictureOwner.Scenario(entityId), content.Pictures, existing?.Content.Pictures ?? PictureSet.None) };
        return await Scenario(entityId).CreateDraftAsync(content, current.AsOwner, current.AsActor);
    }

    /// <summary>Replaces the content; <paramref name="keepPictures"/> keeps the pictures as they are (a client that does not send them).</summary>
    public async Task<ScenarioSnapshot> EditAsync(string id, ScenarioContent content, int expectedVersion, bool keepPictures = false)
    {
        var scenario = await VisibleOrThrowAsync(id);
        if (!CanEdit(scenario))
        {
            throw CurrentUser.Forbidden(scenario.Status == ScenarioStatus.Published ? "修改已发布的场景，请联系策展人" : "修改这个场景");
        }

        content = content with { Pictures = await pictures.KeepOrResolveAsync(PictureOwner.Scenario(scenario.Key.Id), content.Pictures, scenario.Content.Pictures, keepPictures) };
        return await Scenario(scenario.Key.Id).EditAsync(content, expectedVersion, current.AsActor);
    }

    /// <summary>Saves the content as it is with this cover and gallery.</summary>
    public async Task<ScenarioSnapshot> SetPicturesAsync(string id, PictureSet wanted, int expectedVersion) =>
        await EditAsync(id, (await VisibleOrThrowAsync(id)).Content with { Pictures = wanted }, expectedVersion);

    /// <summary>Whether a scenario with this id exists in the tenant, whoever may see it.</summary>
    public async Task<bool> ExistsAsync(EntityId id) => await Scenario(id).GetAsync() is not null;

    /// <summary>Deletes a draft that was never published (its owner or a curator).</summary>
    public async Task DeleteDraftAsync(string id)
    {
        var scenario = await VisibleOrThrowAsync(id);
        if (!CanEdit(scenario))
        {
            throw CurrentUser.Forbidden("删除这个场景草稿");
        }

        await Scenario(scenario.Key.Id).DeleteDraftAsync(current.AsActor);
    }

    public async Task<ScenarioSnapshot> PublishAsync(string id)
    {
        var scenario = await VisibleOrThrowAsync(id);
        current.RequireAny("发布场景", Role.Curator, Role.TenantAdmin);
        return await Scenario(scenario.Key.Id).PublishAsync(current.AsActor);
    }

    public async Task<ScenarioSnapshot> UnpublishAsync(string id)
    {
        var scenario = await VisibleOrThrowAsync(id);
        current.RequireAny("下线场景", Role.Curator, Role.TenantAdmin);
        return await Scenario(scenario.Key.Id).UnpublishAsync(current.AsActor);
    }

    /// <summary>Owners edit until it is published; curators always.</summary>
    public bool CanEdit(ScenarioSnapshot scenario) =>
        current.IsCurator || (scenario.Status != ScenarioStatus.Published && IsOwner(scenario));

    public bool CanPublish => current.IsCurator;

    /// <summary>The scenario if it exists in this tenant and the current person may see it; otherwise <c>null</c>.</summary>
    public async Task<ScenarioSnapshot?> FindAsync(string id)
    {
        if (!EntityId.TryParse(id, out var entityId))
        {
            return null;
        }

        var scenario = await Scenario(entityId).GetAsync();
        return scenario is not null && CanSee(scenario) ? scenario : null;
    }

    /// <summary>The scenarios of the given ids the current person may see, in the given order.</summary>
    public async Task<IReadOnlyList<ScenarioSnapshot>> FindManyAsync(IEnumerable<EntityId> ids) =>
        (await Task.WhenAll(ids.Select(id => FindAsync(id.Value)))).OfType<ScenarioSnapshot>().ToArray();

    /// <summary>A page of the scenarios the current person may see; the directory grain refuses paging out of range.</summary>
    public Task<Page<ScenarioSummary>> ListAsync(ScenarioListQuery query) =>
        grains.GetScenarioDirectory(tenant.Id).ListAsync(query with { VisibleTo = current.IsCurator ? null : current.AsOwner });

    private bool CanSee(ScenarioSnapshot scenario) =>
        scenario.Status == ScenarioStatus.Published || current.IsCurator || IsOwner(scenario);

    private bool IsOwner(ScenarioSnapshot scenario) => current.IsSignedIn && scenario.Owner.IncludesViewer(current.AsOwner);

    private async Task<ScenarioSnapshot> VisibleOrThrowAsync(string id)
    {
        current.RequireSignedIn();
        return await FindAsync(id) ?? throw new DomainException(ErrorCodes.NotFound, Sentence.Of("NoSuchScenario", id), "id");
    }

    private IScenarioGrain Scenario(EntityId id) => grains.GetScenario(new ScenarioKey(tenant.Id, id));
}
