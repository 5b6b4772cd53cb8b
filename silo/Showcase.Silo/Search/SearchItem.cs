using Showcase.Api.Search;
using Showcase.Catalog.Search;
using Showcase.Challenges;
using Showcase.Common;
using Showcase.Listings;
using Showcase.Scenarios;
using Showcase.Tenancy;

namespace Showcase.Silo.Search;

/// <summary>One item of a portal as the indexer sees it: which kind and id, which version, and whether the public may see it.</summary>
public sealed record SearchItem(TenantId Tenant, string Kind, EntityId Id, long Version, bool IsPublic)
{
    public static SearchItem Of(TenantId tenant, CatalogEntry entry) =>
        new(tenant, CatalogGrainFactoryExtensions.KindSegment(entry.Kind), entry.Id, entry.Version, entry.IsPublic);

    public static SearchItem Of(TenantId tenant, ScenarioSummary scenario) =>
        new(tenant, SearchKinds.Scenario, scenario.Id, scenario.Version, scenario.Status == ScenarioStatus.Published);

    /// <summary>A challenge is searchable while it takes bids.</summary>
    public static SearchItem Of(TenantId tenant, ChallengeSummary challenge) =>
        new(tenant, SearchKinds.Challenge, challenge.Id, challenge.Version, challenge.Status == ChallengeStatus.Open);

    public string Uid => SearchDocument.UidOf(Tenant.Value, Kind, Id.Value);

    public SearchRemoval Removal => new(Tenant.Value, Kind, Id.Value, Version);
}
