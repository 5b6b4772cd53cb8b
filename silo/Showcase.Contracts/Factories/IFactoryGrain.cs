using Orleans.Concurrency;
using Showcase.Audit;
using Showcase.Common;
using Showcase.Titles;

namespace Showcase.Factories;

/// <summary>
/// One demonstration factory: declared → building (2 years) → recognised (3 years) → re-evaluation due → kept or
/// revoked, every step dated and explained (<see cref="ITitledGrain.AdvanceTitleAsync"/>). Key <c>{tenant}/{id}</c>.
/// </summary>
[Alias("showcase.factory")]
public interface IFactoryGrain : ITitledGrain
{
    /// <summary>Declares the factory on <paramref name="on"/>; a retry with the same profile returns it.</summary>
    [Alias("declare")]
    Task<FactorySnapshot> DeclareAsync(FactoryProfile profile, DateOnly on, Owner owner, Actor by);

    /// <summary>Replaces the profile; <c>VERSION_CONFLICT</c> when someone changed it since <paramref name="expectedVersion"/>.</summary>
    [Alias("edit")]
    Task<FactorySnapshot> EditAsync(FactoryProfile profile, int expectedVersion, Actor by);

    /// <summary>Adds a progress report for a period; the same period twice is refused unless identical (a retry).</summary>
    [Alias("report-progress")]
    Task<FactorySnapshot> ReportProgressAsync(string period, string text, Actor by);

    [Alias("get"), AlwaysInterleave]
    Task<FactorySnapshot?> GetAsync();
}
