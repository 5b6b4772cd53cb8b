using Showcase.Common;
using Showcase.Listings;

namespace Showcase.Api.Pictures;

/// <summary>What a picture belongs to, as kept with its file: <c>case/{id}</c>, <c>factory/{id}</c>, <c>pilot-zone/{id}</c>, <c>provider/{id}</c> or <c>scenario/{id}</c>.</summary>
public readonly record struct PictureOwner
{
    public const string ScenarioKind = "scenario";

    private static readonly string[] Kinds = [.. Enum.GetValues<CatalogKind>().Select(CatalogGrainFactoryExtensions.KindSegment), ScenarioKind];

    private PictureOwner(string kind, EntityId entity) => (Kind, Entity) = (kind, entity);

    /// <summary>The kind's segment: a catalog kind's (<see cref="CatalogGrainFactoryExtensions.KindSegment"/>) or <see cref="ScenarioKind"/>.</summary>
    public string Kind { get; }

    public EntityId Entity { get; }

    /// <summary>The catalog kind, or null for a scenario.</summary>
    public CatalogKind? CatalogKind => Kind == ScenarioKind ? null : CatalogGrainFactoryExtensions.ParseKindSegment(Kind);

    public static PictureOwner Of(CatalogKind kind, EntityId entity) => new(CatalogGrainFactoryExtensions.KindSegment(kind), entity);

    public static PictureOwner Scenario(EntityId entity) => new(ScenarioKind, entity);

    public override string ToString() => $"{Kind}/{Entity}";

    public static bool TryParse(string? owner, out PictureOwner parsed)
    {
        parsed = default;
        var slash = owner?.IndexOf('/') ?? -1;
        if (slash < 0 || !Kinds.Contains(owner![..slash]) || !EntityId.TryParse(owner[(slash + 1)..], out var entity))
        {
            return false;
        }

        parsed = new PictureOwner(owner[..slash], entity);
        return true;
    }
}
