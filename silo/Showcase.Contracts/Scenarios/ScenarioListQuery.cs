using Showcase.Common;

namespace Showcase.Scenarios;

/// <summary>
/// A page of a tenant's scenarios, newest change first, optionally only those in one status.
/// <see cref="VisibleTo"/> limits the list to what that viewer may see (the published ones and their own);
/// <c>null</c> lists everything, for curators.
/// </summary>
[GenerateSerializer, Immutable, Alias("showcase.scenario-list-query")]
public sealed record ScenarioListQuery(
    [property: Id(0)] ScenarioStatus? Status = null,
    [property: Id(1)] int Skip = 0,
    [property: Id(2)] int Take = 20,
    [property: Id(3)] Owner? VisibleTo = null);
