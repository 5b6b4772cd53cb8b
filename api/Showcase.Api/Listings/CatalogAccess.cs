using Showcase.Api.People;
using Showcase.Api.Tenancy;
using Showcase.Common;
using Showcase.Listings;
using Showcase.Scenarios;

namespace Showcase.Api.Listings;

/// <summary>
/// Who may see and manage what in the current tenant's catalog, shared by the case, factory, pilot-zone and
/// provider services: the public sees what is public; owners (the creating account and its organisation) see
/// their own; curators and tenant admins see everything. What someone may not see does not exist for them.
/// </summary>
public sealed class CatalogAccess(IGrainFactory grains, RequestTenant tenant, CurrentUser current)
{
    public IGrainFactory Grains => grains;

    public CurrentUser Current => current;

    public CatalogKey Key(EntityId id) => new(tenant.Id, id);

    public bool CanSee(ICatalogSnapshot snapshot) => CanSee(snapshot.Owner, snapshot.IsPublic);

    public bool CanSee(Owner owner, bool isPublic) => isPublic || current.IsCurator || IsOwner(owner);

    public bool IsOwner(Owner owner) => current.IsSignedIn && owner.IncludesViewer(current.AsOwner);

    /// <summary>Owners and curators: who sees the latest revision, the contacts and the history.</summary>
    public bool CanManage(ICatalogSnapshot snapshot) => current.IsCurator || IsOwner(snapshot.Owner);

    /// <summary>The id a client chose (so a retried create applies once), or a new one.</summary>
    public static EntityId NewOrParse(string? id) => string.IsNullOrWhiteSpace(id) ? EntityId.New() : EntityId.Parse(id.Trim());

    /// <summary>The entity if it exists in this tenant and the current person may see it; otherwise <c>null</c>.</summary>
    public async Task<T?> FindAsync<T>(string id, Func<CatalogKey, Task<T?>> get)
        where T : class, ICatalogSnapshot
    {
        if (!EntityId.TryParse(id, out var entityId))
        {
            return null;
        }

        var snapshot = await get(Key(entityId));
        return snapshot is not null && CanSee(snapshot) ? snapshot : null;
    }

    /// <summary>Like <see cref="FindAsync{T}"/> for a change: needs a signed-in person and refuses what they cannot see as not found.</summary>
    public async Task<T> VisibleOrThrowAsync<T>(string id, Func<CatalogKey, Task<T?>> get, string noun)
        where T : class, ICatalogSnapshot
    {
        current.RequireSignedIn();
        return await FindAsync(id, get) ?? throw new DomainException(ErrorCodes.NotFound, Sentence.Of("NoSuchEntity", id, noun), "id");
    }

    /// <summary>Owners and curators may go on; others are refused with what they tried.</summary>
    public void RequireManager(ICatalogSnapshot snapshot, string what)
    {
        if (!CanManage(snapshot))
        {
            throw CurrentUser.Forbidden(what);
        }
    }

    /// <summary>A page of one kind's listing as the current person may see it.</summary>
    public async Task<CatalogPage> ListAsync(CatalogKind kind, CatalogQuery query)
    {
        var page = await grains.GetCatalogDirectory(tenant.Id, kind).ListAsync(Visible(query));
        return page with { Items = page.Items.Select(AsSeen).ToArray() };
    }

    /// <summary>How many entries of one kind everyone may see, whoever asks: a portal's headline figures.</summary>
    public async Task<int> CountPublicAsync(CatalogKind kind) =>
        (await grains.GetCatalogDirectory(tenant.Id, kind).ListAsync(new CatalogQuery { VisibleTo = Owner.Nobody, Take = 1 })).TotalCount;

    public Task<IReadOnlyDictionary<string, int>> CountByProvinceAsync(CatalogKind kind, CatalogQuery query) =>
        grains.GetCatalogDirectory(tenant.Id, kind).CountByProvinceAsync(Visible(query));

    /// <summary>The entries of the given ids that the current person may see, in the given order (missing ones left out).</summary>
    public async Task<IReadOnlyList<CatalogEntry>> EntriesAsync(CatalogKind kind, IEnumerable<EntityId> ids)
    {
        var entries = await Task.WhenAll(ids.Distinct().Select(id => grains.GetCatalogEntity(kind, Key(id)).GetEntryAsync()));
        return entries.OfType<CatalogEntry>().Where(e => CanSee(e.Owner, e.IsPublic)).Select(AsSeen).ToArray();
    }

    /// <summary>The listed entries of the given ids that the current person may see, from the kind's directory: no entity is activated.</summary>
    public async Task<IReadOnlyList<CatalogEntry>> ListedAsync(CatalogKind kind, IReadOnlyList<EntityId> ids) =>
        [.. (await grains.GetCatalogDirectory(tenant.Id, kind).FindAsync(ids)).Where(e => CanSee(e.Owner, e.IsPublic)).Select(AsSeen)];

    /// <summary>
    /// Refuses links to entities that do not exist in this tenant or that the current person may not see, one error
    /// per missing link, naming the field.
    /// </summary>
    public async Task RequireLinksAsync(IEnumerable<CatalogLink> links)
    {
        var errors = new List<DomainError>();
        foreach (var link in links)
        {
            if (!await IsVisibleAsync(link))
            {
                errors.Add(new DomainError(ErrorCodes.NotFound, Sentence.Of("LinkedMissing", link.Noun, link.Id), link.Field));
            }
        }

        DomainException.ThrowIfAny(errors);
    }

    private async Task<bool> IsVisibleAsync(CatalogLink link)
    {
        if (link.Kind is { } kind)
        {
            var entry = await grains.GetCatalogEntity(kind, Key(link.Id)).GetEntryAsync();
            return entry is not null && CanSee(entry.Owner, entry.IsPublic);
        }

        var scenario = await grains.GetScenario(new ScenarioKey(tenant.Id, link.Id)).GetAsync();
        return scenario is not null && (scenario.Status == ScenarioStatus.Published || current.IsCurator || IsOwner(scenario.Owner));
    }

    private Owner? Viewer => current.IsCurator ? null : current.AsOwner;

    private CatalogQuery Visible(CatalogQuery query) => query with { VisibleTo = Viewer };

    /// <summary>The entry with the status the current person sees (<see cref="CatalogEntry.StatusSeenBy"/>).</summary>
    private CatalogEntry AsSeen(CatalogEntry entry) => entry with { Status = entry.StatusSeenBy(Viewer) };
}
