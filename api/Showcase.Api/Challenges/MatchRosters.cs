using System.Collections.Concurrent;
using Showcase.Catalog.Matching;
using Showcase.Listings;
using Showcase.Tenancy;

namespace Showcase.Api.Challenges;

/// <summary>
/// Each portal's matching roster — its listed providers with the published cases they delivered — built once and kept
/// until either directory's stamp moves (any provider or case entry changed, on whichever host), so ranking a challenge
/// costs two small grain calls and the scoring, not reading both catalogs. Bounded: past
/// <see cref="MaxPortals"/> rosters the least recently used is dropped.
/// </summary>
public sealed class MatchRosters(IGrainFactory grains)
{
    public const int MaxPortals = 64;

    private readonly ConcurrentDictionary<TenantId, Roster> _rosters = new();

    /// <summary>The portal's roster as its directories hold it now.</summary>
    public async Task<ProviderMatcher> ForAsync(TenantId tenant)
    {
        var providers = grains.GetCatalogDirectory(tenant, CatalogKind.Provider);
        var cases = grains.GetCatalogDirectory(tenant, CatalogKind.Case);
        var stamp = string.Join('|', await Task.WhenAll(providers.StampAsync(), cases.StampAsync()));
        if (_rosters.TryGetValue(tenant, out var kept) && kept.Stamp == stamp)
        {
            kept.UsedAt = Environment.TickCount64;
            return kept.Matcher;
        }

        var roster = new Roster(stamp, await BuildAsync(providers, cases)) { UsedAt = Environment.TickCount64 };
        _rosters[tenant] = roster;
        if (_rosters.Count > MaxPortals && _rosters.MinBy(r => r.Value.UsedAt) is { Key: var oldest })
        {
            _rosters.TryRemove(oldest, out _);
        }

        return roster.Matcher;
    }

    private static async Task<ProviderMatcher> BuildAsync(ICatalogDirectoryGrain providerDirectory, ICatalogDirectoryGrain caseDirectory)
    {
        var providers = new List<MatchProvider>();
        await foreach (var entry in providerDirectory.AllAsync(new CatalogQuery()))
        {
            providers.Add(ProviderOf(entry));
        }

        var cases = new List<MatchCase>();
        await foreach (var entry in caseDirectory.AllAsync(new CatalogQuery()))
        {
            cases.Add(CaseOf(entry, [.. entry.Links.Select(l => l.Value)]));
        }

        return new ProviderMatcher(providers, cases);
    }

    /// <summary>A provider's directory entry as the matcher sees it.</summary>
    public static MatchProvider ProviderOf(CatalogEntry entry) =>
        new(entry.Id.Value, entry.Title, entry.Tags.Province, entry.Tags.Industries, entry.Tags.Domains, entry.Tags.Technologies);

    /// <summary>A case's directory entry as the matcher sees it, credited to <paramref name="providers"/>.</summary>
    public static MatchCase CaseOf(CatalogEntry entry, IReadOnlyList<string> providers) =>
        new(entry.Id.Value, entry.Title, entry.Tags.Industries, entry.Tags.Domains, entry.Tags.Technologies, providers);

    private sealed record Roster(string Stamp, ProviderMatcher Matcher)
    {
        public long UsedAt { get; set; }
    }
}
