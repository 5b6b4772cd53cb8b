using Orleans.Concurrency;
using Showcase.Audit;

namespace Showcase.Search;

/// <summary>A portal's own synonym groups. Key: <c>{tenant}</c>, built with <see cref="SearchGrainFactoryExtensions.GetSearchSynonyms"/>.</summary>
[Alias("showcase.search-synonyms")]
public interface ISearchSynonymsGrain : IGrainWithStringKey
{
    [Alias("get"), ReadOnly]
    Task<SearchSynonyms> GetAsync();

    /// <summary>
    /// Replaces the groups. Saving what is already saved returns it unchanged (a retry applies once); otherwise
    /// <c>VERSION_CONFLICT</c> when someone saved since <paramref name="expectedVersion"/>.
    /// </summary>
    [Alias("set")]
    Task<SearchSynonyms> SetAsync(IReadOnlyList<IReadOnlyList<string>> groups, int expectedVersion, Actor by);
}

public static class SearchGrainFactoryExtensions
{
    public static ISearchSynonymsGrain GetSearchSynonyms(this IGrainFactory grains, Tenancy.TenantId tenant) =>
        grains.GetGrain<ISearchSynonymsGrain>(tenant.Value);
}
