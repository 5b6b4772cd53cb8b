using Showcase.Common;
using Showcase.Pictures;

namespace Showcase.PilotZones;

/// <summary>What a pilot zone (智能制造先行区) proposes: one city or several, its industries, policies and members.</summary>
[GenerateSerializer, Immutable, Alias("showcase.pilot-zone-profile")]
public sealed record PilotZoneProfile
{
    [Id(0)] public string? Name { get; init; }

    /// <summary>City codes; a zone may join several cities (单独或联合创建).</summary>
    [Id(1)] public IReadOnlyList<string> Cities { get; init; } = [];

    /// <summary>Characteristic industries (industry codes).</summary>
    [Id(2)] public IReadOnlyList<string> Industries { get; init; } = [];

    [Id(3)] public string? Summary { get; init; }

    /// <summary>The creation plan and story, in Markdown.</summary>
    [Id(4)] public string? Body { get; init; }

    [Id(5)] public IReadOnlyList<ZonePolicy> Policies { get; init; } = [];

    [Id(6)] public IReadOnlyList<EntityId> Factories { get; init; } = [];

    [Id(7)] public IReadOnlyList<EntityId> Providers { get; init; } = [];

    /// <summary>Cover and gallery, shown while the entity is public.</summary>
    [Id(8)] public PictureSet Pictures { get; init; } = PictureSet.None;

    /// <summary>The name, summary and body in English.</summary>
    [Id(9)] public EnglishText English { get; init; } = EnglishText.None;

    public static PilotZoneProfile Empty { get; } = new();

    public bool Equals(PilotZoneProfile? other) =>
        other is not null && (Name, Summary, Body) == (other.Name, other.Summary, other.Body)
        && Cities.SequenceEqual(other.Cities) && Industries.SequenceEqual(other.Industries)
        && Policies.SequenceEqual(other.Policies) && Factories.SequenceEqual(other.Factories) && Providers.SequenceEqual(other.Providers)
        && Pictures.Equals(other.Pictures) && English.Equals(other.English);

    public override int GetHashCode() => HashCode.Combine(Name, Summary);
}
