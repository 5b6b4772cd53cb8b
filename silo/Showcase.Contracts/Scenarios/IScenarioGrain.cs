using Orleans.Concurrency;
using Showcase.Audit;
using Showcase.Common;

namespace Showcase.Scenarios;

/// <summary>
/// One scenario (典型场景) and its rules. Key: <c>{tenant}/{id}</c> (<see cref="ScenarioKey"/>).
/// Every method that refuses a request throws <see cref="Common.DomainException"/> and changes nothing.
/// </summary>
[Alias("showcase.scenario")]
public interface IScenarioGrain : IAuditedGrain
{
    /// <summary>
    /// Creates the scenario as a draft. Repeating the same call (a retry) returns the same scenario;
    /// creating it again with other content is refused with <c>ALREADY_EXISTS</c>.
    /// </summary>
    [Alias("create-draft")]
    Task<ScenarioSnapshot> CreateDraftAsync(ScenarioContent content, Owner owner, Actor by);

    /// <summary>Deletes a draft that was never published, for good; deleting one already gone does nothing.</summary>
    [Alias("delete-draft")]
    Task DeleteDraftAsync(Actor by);

    /// <summary>
    /// Replaces the content. <paramref name="expectedVersion"/> is the version the author edited;
    /// a newer one in storage is refused with <c>VERSION_CONFLICT</c>. A published scenario must stay publishable.
    /// </summary>
    [Alias("edit")]
    Task<ScenarioSnapshot> EditAsync(ScenarioContent content, int expectedVersion, Actor by);

    /// <summary>Publishes the scenario once it has everything the catalog needs. Publishing twice is harmless.</summary>
    [Alias("publish")]
    Task<ScenarioSnapshot> PublishAsync(Actor by);

    /// <summary>Takes a published scenario off the catalog. Unpublishing twice is harmless.</summary>
    [Alias("unpublish")]
    Task<ScenarioSnapshot> UnpublishAsync(Actor by);

    /// <summary>The scenario, or <c>null</c> when it was never created.</summary>
    /// <remarks>
    /// Interleaves so the directory can read a scenario while reconciling even when this grain is waiting on the
    /// directory (otherwise the two would deadlock); it returns only what has been written, never a change in flight.
    /// </remarks>
    [Alias("get"), AlwaysInterleave]
    Task<ScenarioSnapshot?> GetAsync();
}
