using Showcase.Api.Tenancy;
using Showcase.Common;
using Showcase.Scenarios;

namespace Showcase.Api.Scenarios;

/// <summary>
/// What people and programs can do with the current tenant's scenarios. The web pages and GraphQL both call this,
/// so every rule added here (authorization comes next) holds for both.
/// </summary>
public sealed class ScenarioService(IGrainFactory grains, RequestTenant tenant)
{
    /// <summary>
    /// Creates a draft. <paramref name="id"/> lets a client choose the id up front, so a retried request
    /// creates the scenario once; without it a new id is made.
    /// </summary>
    public Task<ScenarioSnapshot> CreateDraftAsync(ScenarioContent content, string? id = null)
    {
        var entityId = string.IsNullOrWhiteSpace(id) ? EntityId.New() : EntityId.Parse(id.Trim());
        return Scenario(entityId).CreateDraftAsync(content);
    }

    public Task<ScenarioSnapshot> EditAsync(string id, ScenarioContent content, int expectedVersion) =>
        Scenario(EntityId.Parse(id)).EditAsync(content, expectedVersion);

    public Task<ScenarioSnapshot> PublishAsync(string id) => Scenario(EntityId.Parse(id)).PublishAsync();

    public Task<ScenarioSnapshot> UnpublishAsync(string id) => Scenario(EntityId.Parse(id)).UnpublishAsync();

    /// <summary>The scenario, or <c>null</c> when the id is malformed or unknown in this tenant.</summary>
    public async Task<ScenarioSnapshot?> FindAsync(string id) =>
        EntityId.TryParse(id, out var entityId) ? await Scenario(entityId).GetAsync() : null;

    /// <summary>A page of the tenant's scenarios; the directory grain refuses paging out of range.</summary>
    public Task<Page<ScenarioSummary>> ListAsync(ScenarioListQuery query) =>
        grains.GetScenarioDirectory(tenant.Id).ListAsync(query);

    private IScenarioGrain Scenario(EntityId id) => grains.GetScenario(new ScenarioKey(tenant.Id, id));
}
