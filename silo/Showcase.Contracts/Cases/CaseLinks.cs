using Showcase.Common;

namespace Showcase.Cases;

/// <summary>The entities a case is about; each must exist in the same portal.</summary>
[GenerateSerializer, Immutable, Alias("showcase.case-links")]
public sealed record CaseLinks(
    [property: Id(0)] EntityId? Factory,
    [property: Id(1)] EntityId? PilotZone,
    [property: Id(2)] IReadOnlyList<EntityId> Providers,
    [property: Id(3)] IReadOnlyList<EntityId> Scenarios)
{
    public static CaseLinks None { get; } = new(null, null, [], []);

    public IEnumerable<EntityId> All =>
        new[] { Factory, PilotZone }.OfType<EntityId>().Concat(Providers).Concat(Scenarios);
}
