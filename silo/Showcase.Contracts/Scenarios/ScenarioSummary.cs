using Showcase.Common;

namespace Showcase.Scenarios;

/// <summary>One line of a tenant's scenario list.</summary>
[GenerateSerializer, Immutable, Alias("showcase.scenario-summary")]
public sealed record ScenarioSummary(
    [property: Id(0)] EntityId Id,
    [property: Id(1)] string? Title,
    [property: Id(2)] string? Industry,
    [property: Id(3)] string? Domain,
    [property: Id(4)] ScenarioStatus Status,
    [property: Id(5)] int Version,
    [property: Id(6)] DateTimeOffset UpdatedAt,
    [property: Id(7)] Owner Owner) : IListedSummary;
