using Showcase.Common;

namespace Showcase.Scenarios;

/// <summary>
/// A tenant's list of scenarios: a projection kept by the scenario grains. Key: <c>{tenant}</c>.
/// A scenario grain marks its id pending before it writes and records its summary after; pending ids
/// are reconciled from the scenario grains when the directory activates, so a crash between the two
/// writes heals by itself.
/// </summary>
[Alias("showcase.scenario-directory")]
public interface IScenarioDirectoryGrain : IGrainWithStringKey
{
    [Alias("mark-pending")]
    Task MarkPendingAsync(EntityId id);

    /// <summary>Records a summary; an older version than the one held is ignored, so a replay is harmless.</summary>
    [Alias("record")]
    Task RecordAsync(ScenarioSummary summary);

    /// <summary>Drops a deleted draft's line (and its pending mark).</summary>
    [Alias("forget")]
    Task ForgetAsync(EntityId id);

    [Alias("list")]
    Task<Page<ScenarioSummary>> ListAsync(ScenarioListQuery query);

    /// <summary>Refreshes every pending id from its scenario grain, dropping ids whose scenario was never created.</summary>
    [Alias("reconcile")]
    Task ReconcileAsync();
}
