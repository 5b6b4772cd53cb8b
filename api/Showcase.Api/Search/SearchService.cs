using Showcase.Api.Tenancy;
using Showcase.Catalog.Search;
using Showcase.Common;

namespace Showcase.Api.Search;

/// <summary>Search over the current portal's published catalog: public to everyone, always within this tenant.</summary>
public sealed class SearchService(ISearchIndex index, RequestTenant tenant)
{
    public const int MaxTake = 50;
    public const int MaxSkip = 1_000;

    public Task<SearchResult> SearchAsync(string? query, IReadOnlyDictionary<string, IReadOnlyList<string>> filters, SearchSort sort, int skip, int take)
    {
        if (skip is < 0 or > MaxSkip || take is < 1 or > MaxTake)
        {
            throw new DomainException(ErrorCodes.InvalidPaging, $"分页参数无效：skip 应在 0 到 {MaxSkip} 之间，first 应在 1 到 {MaxTake} 之间。");
        }

        if (query?.Length > 100)
        {
            throw new DomainException(ErrorCodes.TooLong, "搜索词不能超过 100 个字。", "query");
        }

        return index.SearchAsync(new SearchRequest(tenant.Id.Value, query)
        {
            Filters = filters,
            Sort = sort,
            Skip = skip,
            Take = take,
            FacetDimensions = SearchFacets.All,
        });
    }
}
