using Showcase.Challenges;
using Showcase.Listings;
using Showcase.Scenarios;
using Showcase.Tenancy;

namespace Showcase.Grains.Listings;

/// <summary>
/// Told, in process, of every entry a catalog, scenario or challenge directory records (the search indexer listens). It must
/// only queue the change and return: it is called from inside the directory grain's turn.
/// </summary>
public interface ICatalogChangeListener
{
    void EntryChanged(TenantId tenant, CatalogEntry entry);

    void ScenarioChanged(TenantId tenant, ScenarioSummary scenario);

    void ChallengeChanged(TenantId tenant, ChallengeSummary challenge);
}
