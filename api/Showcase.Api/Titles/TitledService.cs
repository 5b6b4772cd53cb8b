using Showcase.Api.Listings;
using Showcase.Listings;
using Showcase.People;
using Showcase.Titles;

namespace Showcase.Api.Titles;

/// <summary>
/// What factories and pilot zones share: finding one the current person may see, and the curators' steps on its
/// title. Owners and curators edit the profile and report progress; only curators and tenant admins decide titles.
/// </summary>
public abstract class TitledService<TSnapshot>(CatalogAccess access, TimeProvider clock, CatalogKind kind, string noun)
    where TSnapshot : class, ICatalogSnapshot
{
    protected CatalogAccess Access => access;

    /// <summary>Today (UTC), the default date of a declaration or a decision.</summary>
    protected DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public bool IsCurator => access.Current.IsCurator;

    public bool CanManage(TSnapshot snapshot) => access.CanManage(snapshot);

    /// <summary>The entity if it exists in this tenant and the current person may see it; otherwise <c>null</c>.</summary>
    public Task<TSnapshot?> FindAsync(string id) => access.FindAsync(id, GetAsync);

    public async Task<TSnapshot> AdvanceTitleAsync(string id, TitleDecision decision)
    {
        var snapshot = await access.VisibleOrThrowAsync(id, GetAsync, noun);
        access.Current.RequireAny("变更称号状态", Role.Curator, Role.TenantAdmin);
        var dated = decision.On == default ? decision with { On = Today } : decision;
        await access.Grains.GetTitled(kind, snapshot.Key).AdvanceTitleAsync(dated, access.Current.AsActor);
        return (await GetAsync(snapshot.Key))!;
    }

    /// <summary>The owner or a curator files a progress report for a period.</summary>
    public async Task<TSnapshot> ReportProgressAsync(string id, string period, string text)
    {
        var current = await ManagedOrThrowAsync(id, "填报进展");
        return await ReportProgressAsync(current.Key, period, text);
    }

    protected abstract Task<TSnapshot?> GetAsync(CatalogKey key);

    protected abstract Task<TSnapshot> ReportProgressAsync(CatalogKey key, string period, string text);

    protected async Task<TSnapshot> ManagedOrThrowAsync(string id, string what)
    {
        var snapshot = await access.VisibleOrThrowAsync(id, GetAsync, noun);
        access.RequireManager(snapshot, what);
        return snapshot;
    }
}
