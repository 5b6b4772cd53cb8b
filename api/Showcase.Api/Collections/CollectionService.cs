using Microsoft.AspNetCore.Http;
using Showcase.Api.Listings;
using Showcase.Api.People;
using Showcase.Api.Pictures;
using Showcase.Api.Search;
using Showcase.Api.Tenancy;
using Showcase.Api.Transfers;
using Showcase.Audit;
using Showcase.Catalog.Collections;
using Showcase.Catalog.Search;
using Showcase.Collections;
using Showcase.Common;
using Showcase.Listings;
using Showcase.People;

namespace Showcase.Api.Collections;

/// <summary>
/// Case collections (案例集) of the current tenant. Curators and tenant admins build them; everyone reads the
/// published ones. Only published cases can be collected, each pinned to its published revision when it is added;
/// publishing freezes the working copy with those pins, so later edits of a case never change a published
/// collection until a curator updates the pin.
/// </summary>
public sealed class CollectionService(
    IGrainFactory grains, RequestTenant tenant, CurrentUser user, SearchService search, CollectionBooks books, CollectionExports exports, PictureService pictures,
    IHttpContextAccessor http)
{
    /// <summary>The most cases a saved search adds at once (a collection holds at most 500).</summary>
    public const int SeedMax = 300;
    private const string DefaultSection = "入选案例";

    public bool CanCurate => user.IsCurator;

    /// <summary>The collections the current person may see, the most recently changed first.</summary>
    public async Task<Page<CollectionView>> ListAsync(int skip, int take)
    {
        var page = await grains.GetCollectionDirectory(tenant.Id).ListAsync(new CollectionListQuery(PublicOnly: !CanCurate, skip, take));
        var snapshots = await Task.WhenAll(page.Items.Select(summary => Grain(summary.Id).GetAsync()));
        return new Page<CollectionView>(snapshots.OfType<CollectionSnapshot>().Select(View).ToArray(), page.TotalCount, skip, take);
    }

    /// <summary>The collection if the current person may see it (curators: any; others: published ones), otherwise null.</summary>
    public async Task<CollectionView?> FindAsync(string id) =>
        EntityId.TryParse(id, out var entityId) && await Grain(entityId).GetAsync() is { } snapshot && (CanCurate || snapshot.IsPublic)
            ? View(snapshot)
            : null;

    /// <summary>What saving a collection with this cover would be refused for, without saving it.</summary>
    public Task<IReadOnlyList<DomainError>> CheckDetailsAsync(CollectionDetails details) =>
        grains.GetGrain<ICatalogRulesGrain>(0).CheckCollectionDetailsAsync(details);

    /// <summary>
    /// Starts a collection. With a saved search, its published cases go into the section it names (created if
    /// missing). Pass <paramref name="id"/> to make a retried request create it only once.
    /// </summary>
    public async Task<(CollectionView Collection, int Added)> CreateAsync(CollectionDetails details, IReadOnlyList<SectionInput> sections, SavedSearch? seed, string? seedSection, string? id)
    {
        RequireCurator("新建案例集");
        var entityId = CatalogAccess.NewOrParse(id);
        var content = new CollectionContent(details, await SectionsAsync(sections, new Dictionary<EntityId, CollectionItem>()));
        var (saved, added) = (ToSeed(seed, seedSection), 0);
        if (saved is not null)
        {
            (content, added) = await WithMatchesAsync(content, saved);
        }
        else if (content.Sections.Count == 0)
        {
            content = content.AddSection(DefaultSection);
        }

        var created = await Grain(entityId).CreateAsync(content, saved, user.AsOwner, user.AsActor);
        return (View(created), added);
    }

    /// <summary>Replaces details and sections; cases already in keep their pins (and so their revision), new ones are pinned now.</summary>
    public async Task<CollectionView> ReplaceAsync(string id, int expectedVersion, CollectionDetails details, IReadOnlyList<SectionInput> sections)
    {
        var current = await ManagedAsync(id);
        var content = new CollectionContent(details, await SectionsAsync(sections, current.Content.Items.ToDictionary(i => i.Case)));
        return await ReviseAsync(current, content, current.Seed, expectedVersion, "修改案例集");
    }

    /// <summary>A change to the working copy (see <see cref="CollectionEdits"/>), recorded in the history as <paramref name="action"/>.</summary>
    public async Task<CollectionView> ChangeAsync(string id, int expectedVersion, Func<CollectionContent, CollectionContent> change, string action)
    {
        var current = await ManagedAsync(id);
        return await ReviseAsync(current, change(current.Content), current.Seed, expectedVersion, action);
    }

    /// <summary>Adds published cases to a section, pinned to their published revisions; cases already in are left where they are.</summary>
    public async Task<(CollectionView Collection, int Added)> AddCasesAsync(string id, int expectedVersion, int section, IReadOnlyList<string> caseIds)
    {
        var current = await ManagedAsync(id);
        if (caseIds.Count == 0)
        {
            throw new DomainException(ErrorCodes.Required, Sentence.Of("ChooseACase"), "cases");
        }

        var items = await PinAsync(caseIds.Select((c, i) => (c, (string?)null, $"cases[{i}]")));
        var (content, added) = current.Content.AddItems(section, items);
        return (await ReviseAsync(current, content, current.Seed, expectedVersion, "加入案例", $"{added} 个"), added);
    }

    /// <summary>Moves the pins of the given cases (all that have one, when none are given) to their newest published revision.</summary>
    public async Task<CollectionView> UpdatePinsAsync(string id, int expectedVersion, IReadOnlyList<string>? caseIds)
    {
        var current = await ManagedAsync(id);
        var now = await CasesNowAsync(current.Content);
        var chosen = caseIds is null ? null : caseIds.Select(c => EntityId.TryParse(c, out var e) ? e : throw CollectionEdits.NotInCollection(c, "cases")).ToHashSet();
        var content = current.Content;
        foreach (var item in current.Content.Items.Where(i => chosen is null || chosen.Contains(i.Case)))
        {
            var state = now[item.Case];
            if (state.IsWithdrawn && chosen is not null)
            {
                throw new DomainException(ErrorCodes.InvalidTransition, Sentence.Of("CaseWithdrawnNoUpdate", item.Title), "cases");
            }

            if (state.NewerThan(item) is { } newer)
            {
                content = content.ChangeItem(item.Case, i => i with { Revision = newer, Title = state.Title ?? i.Title });
            }
        }

        return await ReviseAsync(current, content, current.Seed, expectedVersion, "更新案例版本");
    }

    /// <summary>Follows a saved search: its published cases not yet in go into the section it names (created if missing).</summary>
    public async Task<(CollectionView Collection, int Added)> SeedAsync(string id, int expectedVersion, SavedSearch search, string? section)
    {
        var current = await ManagedAsync(id);
        return await AddMatchesAsync(current, ToSeed(search, section)!, expectedVersion, "按搜索条件加入案例");
    }

    /// <summary>Runs the saved search again and adds the published cases that match now and are not in yet.</summary>
    public async Task<(CollectionView Collection, int Added)> RefreshAsync(string id, int expectedVersion)
    {
        var current = await ManagedAsync(id);
        var seed = current.Seed ?? throw new DomainException(ErrorCodes.InvalidTransition, Sentence.Of("CollectionNotFromSearch"), "seed");
        return await AddMatchesAsync(current, seed, expectedVersion, "刷新搜索结果");
    }

    /// <summary>Publishes the working copy. Refused while it holds a case that has since been withdrawn.</summary>
    public async Task<CollectionView> PublishAsync(string id, int expectedVersion)
    {
        var current = await ManagedAsync(id);
        var now = await CasesNowAsync(current.Content);
        DomainException.ThrowIfAny(current.Content.Items.Where(item => now[item.Case].IsWithdrawn).Select(item => new DomainError(ErrorCodes.InvalidTransition,
            Sentence.Of("CaseWithdrawnCannotPublish", item.Title), "sections")).ToArray());
        return View(await Grain(current.Key.Id).PublishAsync(expectedVersion, user.AsActor));
    }

    /// <summary>Deletes a collection that was never published (curators); the collection list forgets it.</summary>
    public async Task DeleteDraftAsync(string id)
    {
        var current = await ManagedAsync(id);
        await Grain(current.Key.Id).DeleteDraftAsync(user.AsActor);
    }

    public async Task<CollectionView> UnpublishAsync(string id, int expectedVersion)
    {
        var current = await ManagedAsync(id);
        return View(await Grain(current.Key.Id).UnpublishAsync(expectedVersion, user.AsActor));
    }

    /// <summary>Where each collected case stands now, to show “a newer version exists” or “withdrawn”.</summary>
    public async Task<IReadOnlyDictionary<EntityId, CaseNow>> CasesNowAsync(CollectionContent content) =>
        (await Task.WhenAll(content.Items.Select(item => CaseNowAsync(item.Case)))).ToDictionary(c => c.Case);

    /// <summary>Where one case of this portal stands now: its published revision and title, none when it is not published (or not there).</summary>
    public async Task<CaseNow> CaseNowAsync(EntityId caseId)
    {
        var published = (await grains.GetCase(new CatalogKey(tenant.Id, caseId)).GetAsync())?.Published;
        return new CaseNow(caseId, published?.Number, published?.Content.Title);
    }

    /// <summary>
    /// The collection as a book: the published copy, or for curators the working copy when they ask for it (or
    /// while nothing is published).
    /// </summary>
    public Task<Book> BookAsync(CollectionView view, BookLanguage language, bool workingCopy = false) =>
        books.BuildAsync(tenant.Current, view.Snapshot, ContentToExport(view, workingCopy), BaseUrl, pictureFiles: false, language: language);

    /// <summary>
    /// A picture of a collected case as the collection shows it: named by the revision the collection pins, even when
    /// the case has since moved on. Public with the published copy; curators also see the working copy's. Null when
    /// the collection, the case or the picture is not there for the current person.
    /// </summary>
    public async Task<ServedPicture?> CasePictureAsync(string id, string caseId, string pictureId, bool thumbnail, CancellationToken cancellationToken)
    {
        if (await FindAsync(id) is not { } view || !EntityId.TryParse(caseId, out var @case) || !EntityId.TryParse(pictureId, out var picture))
        {
            return null;
        }

        var published = view.Snapshot.Published?.Content.Items.FirstOrDefault(i => i.Case == @case);
        var item = published ?? view.Working?.Items.FirstOrDefault(i => i.Case == @case);
        if (item is null
            || await grains.GetCase(new CatalogKey(tenant.Id, @case)).GetRevisionAsync(item.Revision) is not { } revision
            || !revision.Content.Pictures.Contains(picture)
            || await pictures.ReadAsync(picture, thumbnail, cancellationToken) is not { } file)
        {
            return null;
        }

        return new ServedPicture(file.Content, file.ContentType, IsPublic: published is not null);
    }

    /// <summary>Starts writing the book (.docx) or the list (.xlsx) in <paramref name="language"/> in the background; poll <see cref="FindExportAsync"/>.</summary>
    public async Task<ExportProgress> ExportAsync(string id, ExportFormat format, bool workingCopy, BookLanguage language = BookLanguage.Chinese)
    {
        var view = await FindAsync(id) ?? throw NotFound(id);
        return exports.Start(tenant.Current, view.Snapshot, ContentToExport(view, workingCopy), format, language, BaseUrl);
    }

    /// <summary>An export of this portal; exports of a working copy only for curators.</summary>
    public async Task<ExportProgress?> FindExportAsync(string exportId) =>
        await exports.FindAsync(tenant.Id, exportId) is { } progress && (CanCurate || !progress.WorkingCopy) ? progress : null;

    /// <summary>A finished export's file, to whoever may see the export; null while it runs or after it expired.</summary>
    public async Task<ExportFile?> ExportedFileAsync(string exportId, CancellationToken cancellationToken) =>
        await FindExportAsync(exportId) is { } export ? await exports.FileAsync(tenant.Id, export, cancellationToken) : null;

    public async Task<IReadOnlyList<AuditEntry>> HistoryAsync(CollectionView view) =>
        view.IsManaged ? await Grain(view.Snapshot.Key.Id).GetHistoryAsync() : [];

    /// <summary>Where this site is reached, for the links and QR codes of live cases.</summary>
    private string BaseUrl => http.HttpContext?.Request is { } request ? $"{request.Scheme}://{request.Host}{request.PathBase}" : "";

    private static CollectionContent ContentToExport(CollectionView view, bool workingCopy) =>
        (workingCopy && view.IsManaged) || view.Snapshot.Published is null ? view.Snapshot.Content : view.Snapshot.Published.Content;

    private async Task<(CollectionView, int)> AddMatchesAsync(CollectionSnapshot current, CollectionSeed seed, int expectedVersion, string action)
    {
        var (next, added) = await WithMatchesAsync(current.Content, seed);
        return (await ReviseAsync(current, next, seed, expectedVersion, action, $"新加入 {added} 个"), added);
    }

    /// <summary>The content with the saved search's published matches not yet in added to its section (created if missing).</summary>
    private async Task<(CollectionContent Content, int Added)> WithMatchesAsync(CollectionContent content, CollectionSeed seed)
    {
        var ids = await search.CaseIdsAsync(seed.Query, seed.Filters.ToDictionary(f => f.Dimension, f => f.Values), SeedMax);
        // The index can lag a withdrawal by a moment: only cases published now are taken.
        var now = await Task.WhenAll(ids.Where(id => EntityId.TryParse(id, out _)).Select(id => CaseNowAsync(EntityId.Parse(id))));
        var withSection = content.Sections.Any(s => s.Title == seed.Section) ? content : content.AddSection(seed.Section);
        return withSection.AddItems(withSection.SectionNamed(seed.Section), now.Select(c => c.Pin(null)).OfType<CollectionItem>());
    }

    private static CollectionSeed? ToSeed(SavedSearch? search, string? section)
    {
        if (search is null)
        {
            return null;
        }

        var errors = new List<DomainError>();
        foreach (var dimension in search.Filters.Keys.Where(d => d == SearchFacets.Kind || !SearchFacets.All.Contains(d)))
        {
            errors.Add(new DomainError(ErrorCodes.InvalidValue, Sentence.Of("SearchFilterNotForCollections", dimension), "seed.filter"));
        }

        DomainException.ThrowIfAny(errors);
        return new CollectionSeed(search.Query, search.Filters.Select(f => new SeedFilter(f.Key, f.Value)).ToArray(),
            string.IsNullOrWhiteSpace(section) ? DefaultSection : section);
    }

    private async Task<IReadOnlyList<CollectionSection>> SectionsAsync(IReadOnlyList<SectionInput> sections, IReadOnlyDictionary<EntityId, CollectionItem> pinned)
    {
        var wanted = sections.SelectMany((s, si) => s.Cases.Select((c, ci) => (Input: c, Field: $"sections[{si}].cases[{ci}]"))).ToArray();
        var fresh = await PinAsync(wanted.Where(w => !EntityId.TryParse(w.Input.Case, out var e) || !pinned.ContainsKey(e)).Select(w => (w.Input.Case, w.Input.Note, w.Field)));
        var all = pinned.Values.Concat(fresh).DistinctBy(i => i.Case).ToDictionary(i => i.Case);
        return sections.Select(s => new CollectionSection(s.Title, s.Cases.Select(c =>
        {
            var item = all[EntityId.Parse(c.Case)];
            return item with { Note = c.Note };
        }).ToArray())).ToArray();
    }

    /// <summary>Pins each case to its published revision; a case that does not exist here or is not published is refused, naming the field.</summary>
    private async Task<IReadOnlyList<CollectionItem>> PinAsync(IEnumerable<(string Case, string? Note, string Field)> cases)
    {
        var pinned = await Task.WhenAll(cases.Select(async c =>
        {
            if (!EntityId.TryParse(c.Case, out var id))
            {
                return (Item: (CollectionItem?)null, Error: (DomainError?)new DomainError(ErrorCodes.InvalidId, Sentence.Of("BadCaseId", c.Case), c.Field));
            }

            return (await CaseNowAsync(id)).Pin(c.Note) is { } item
                ? (item, null)
                : (null, new DomainError(ErrorCodes.NotFound, Sentence.Of("CaseNotPublishedForCollection", c.Case), c.Field));
        }));
        DomainException.ThrowIfAny(pinned.Select(p => p.Error).OfType<DomainError>().ToArray());
        return pinned.Select(p => p.Item!).ToArray();
    }

    private async Task<CollectionView> ReviseAsync(CollectionSnapshot current, CollectionContent content, CollectionSeed? seed, int expectedVersion, string action, string detail = "") =>
        View(await Grain(current.Key.Id).ReviseAsync(content, seed, expectedVersion, detail.Length == 0 ? action : $"{action}（{detail}）", user.AsActor));

    private async Task<CollectionSnapshot> ManagedAsync(string id)
    {
        RequireCurator("编辑案例集");
        return (await FindAsync(id))?.Snapshot ?? throw NotFound(id);
    }

    private void RequireCurator(string what) => user.RequireAny(what, Role.Curator, Role.TenantAdmin);

    private static DomainException NotFound(string id) => new(ErrorCodes.NotFound, Sentence.Of("NoSuchCollection", id), "id");

    private CollectionView View(CollectionSnapshot snapshot) => new(snapshot, CanCurate);

    private ICollectionGrain Grain(EntityId id) => grains.GetCollection(new CollectionKey(tenant.Id, id));
}
