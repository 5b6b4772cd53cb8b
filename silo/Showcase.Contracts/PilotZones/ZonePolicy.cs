namespace Showcase.PilotZones;

/// <summary>A support policy of a pilot zone (政策): its title and what it offers.</summary>
[GenerateSerializer, Immutable, Alias("showcase.zone-policy")]
public sealed record ZonePolicy(
    [property: Id(0)] string Title,
    [property: Id(1)] string Summary);
