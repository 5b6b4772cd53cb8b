using Showcase.Api.People;
using Showcase.Api.Tenancy;
using Showcase.Search;
using Showcase.People;

namespace Showcase.Api.Search;

/// <summary>Curators keep their portal's own synonym groups; searches use them with the shipped thesaurus from the next query on.</summary>
public sealed class SearchSynonymService(IGrainFactory grains, RequestTenant tenant, CurrentUser current)
{
    private const string What = "管理本门户的搜索同义词";

    public Task<SearchSynonyms> GetAsync()
    {
        current.RequireAny(What, Role.Curator, Role.TenantAdmin);
        return grains.GetSearchSynonyms(tenant.Id).GetAsync();
    }

    public Task<SearchSynonyms> SetAsync(IReadOnlyList<IReadOnlyList<string>> groups, int expectedVersion)
    {
        current.RequireAny(What, Role.Curator, Role.TenantAdmin);
        return grains.GetSearchSynonyms(tenant.Id).SetAsync(groups, expectedVersion, current.AsActor);
    }
}
