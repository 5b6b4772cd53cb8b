using System.Diagnostics;
using Showcase.Api.Listings;
using Showcase.Api.Tenancy;
using Showcase.Catalog.Search;
using Showcase.Common;
using Showcase.Diagnostics;
using Showcase.Listings;
using Showcase.Tenancy;

namespace Showcase.Api.Search;

/// <summary>Search over the current portal's published catalog: public to everyone, always within this tenant.</summary>
public sealed class SearchService(ISearchIndex index, PortalThesauri thesauri, RequestTenant tenant, CatalogAccess catalog)
{
    public const int MaxTake = 50;
    public const int MaxSkip = 1_000;
    private static readonly string CaseKind = CatalogGrainFactoryExtensions.KindSegment(CatalogKind.Case);

    public Task<SearchResult> SearchAsync(string? query, IReadOnlyDictionary<string, IReadOnlyList<string>> filters, SearchSort sort, int skip, int take)
    {
        if (skip is < 0 or > MaxSkip || take is < 1 or > MaxTake)
        {
            throw new DomainException(ErrorCodes.InvalidPaging, Sentence.Of("BadSearchPage", MaxSkip, MaxTake));
        }

        CheckQuery(query);
        return Run("search", query, filters, sort, skip, take, SearchFacets.All);
    }

    /// <summary>Up to <paramref name="take"/> items for what has been typed so far, best first, without facets.</summary>
    public async Task<IReadOnlyList<SearchHit>> SuggestAsync(string prefix, int take)
    {
        if (string.IsNullOrWhiteSpace(prefix))
        {
            return [];
        }

        return (await Run("suggest", prefix.Length > 100 ? prefix[..100] : prefix, new Dictionary<string, IReadOnlyList<string>>(), SearchSort.Relevance, 0, Math.Clamp(take, 1, 10), [])).Hits;
    }

    /// <summary>
    /// The ids of the published cases a saved search finds, best first, at most <paramref name="limit"/>: what seeds
    /// a case collection. The words are checked as for <see cref="SearchAsync"/>.
    /// </summary>
    public async Task<IReadOnlyList<string>> CaseIdsAsync(string? query, IReadOnlyDictionary<string, IReadOnlyList<string>> filters, int limit)
    {
        CheckQuery(query);

        var casesOnly = new Dictionary<string, IReadOnlyList<string>>(filters) { [SearchFacets.Kind] = [CaseKind] };
        var ids = new List<string>();
        while (ids.Count < limit)
        {
            var page = await Run("collect", query, casesOnly, SearchSort.Relevance, ids.Count, Math.Min(MaxTake, limit - ids.Count), []);
            ids.AddRange(page.Hits.Select(h => h.Id));
            if (page.Hits.Count == 0 || ids.Count >= page.Total)
            {
                break;
            }
        }

        return ids;
    }

    private static void CheckQuery(string? query)
    {
        if (query?.Length > 100)
        {
            throw new DomainException(ErrorCodes.TooLong, Sentence.Of("SearchTooLong"), "query");
        }
    }

    private async Task<SearchResult> Run(string shape, string? query, IReadOnlyDictionary<string, IReadOnlyList<string>> filters, SearchSort sort, int skip, int take, IReadOnlyList<string> facets)
    {
        var startedAt = Stopwatch.GetTimestamp();
        using var activity = ShowcaseTelemetry.Source.StartActivity("search " + shape);
        var result = await index.SearchAsync(new SearchRequest(tenant.Id.Value, query)
        {
            Thesaurus = await thesauri.OfAsync(tenant.Id),
            Filters = filters,
            Sort = sort,
            Skip = skip,
            Take = take,
            FacetDimensions = facets,
            InEnglish = TenantProfile.CurrentLanguage == TenantProfile.English,
        });
        activity?.SetTag("search.total", result.Total);
        ShowcaseTelemetry.RecordSearch(shape, startedAt);
        return result;
    }

    /// <summary>
    /// The cover of each hit of a catalog kind that has one, by kind and id, read from the kinds' directories (the
    /// published revision's cover; no entity is activated).
    /// </summary>
    public async Task<IReadOnlyDictionary<(string Kind, string Id), EntityId>> CoversAsync(IReadOnlyList<SearchHit> hits)
    {
        var covers = new Dictionary<(string Kind, string Id), EntityId>();
        foreach (var kind in Enum.GetValues<CatalogKind>())
        {
            var segment = CatalogGrainFactoryExtensions.KindSegment(kind);
            var ids = hits.Where(h => h.Kind == segment).SelectMany(h => EntityId.TryParse(h.Id, out var id) ? [id] : Array.Empty<EntityId>()).ToArray();
            foreach (var entry in ids.Length == 0 ? [] : await catalog.ListedAsync(kind, ids))
            {
                if (entry.Cover is { } cover)
                {
                    covers[(segment, entry.Id.Value)] = cover;
                }
            }
        }

        return covers;
    }
}
