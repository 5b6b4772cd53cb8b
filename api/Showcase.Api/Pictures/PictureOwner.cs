using Showcase.Common;
using Showcase.Listings;

namespace Showcase.Api.Pictures;

/// <summary>What a picture belongs to, as kept with its file: <c>case/{id}</c>, <c>factory/{id}</c>, <c>pilot-zone/{id}</c>, <c>provider/{id}</c>.</summary>
public readonly record struct PictureOwner(CatalogKind Kind, EntityId Entity)
{
    public override string ToString() => $"{CatalogGrainFactoryExtensions.KindSegment(Kind)}/{Entity}";

    public static bool TryParse(string owner, out PictureOwner parsed)
    {
        parsed = default;
        var slash = owner.IndexOf('/');
        if (slash < 0 || !EntityId.TryParse(owner[(slash + 1)..], out var entity))
        {
            return false;
        }

        foreach (var kind in Enum.GetValues<CatalogKind>())
        {
            if (CatalogGrainFactoryExtensions.KindSegment(kind) == owner[..slash])
            {
                parsed = new PictureOwner(kind, entity);
                return true;
            }
        }

        return false;
    }
}
