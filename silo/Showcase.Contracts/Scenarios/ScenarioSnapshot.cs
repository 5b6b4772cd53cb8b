using Showcase.Common;

namespace Showcase.Scenarios;

/// <summary>A scenario as it is now. <see cref="Version"/> grows by one with every change.</summary>
[GenerateSerializer, Immutable, Alias("showcase.scenario-snapshot")]
public sealed record ScenarioSnapshot(
    [property: Id(0)] ScenarioKey Key,
    [property: Id(1)] ScenarioContent Content,
    [property: Id(2)] ScenarioStatus Status,
    [property: Id(3)] int Version,
    [property: Id(4)] DateTimeOffset CreatedAt,
    [property: Id(5)] DateTimeOffset UpdatedAt,
    [property: Id(6)] DateTimeOffset? PublishedAt,
    [property: Id(7)] Owner Owner)
{
    public ScenarioSummary ToSummary() =>
        new(Key.Id, Content.Title, Content.Industry, Content.Domain, Status, Version, UpdatedAt, Owner);
}
