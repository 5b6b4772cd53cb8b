using Showcase.Common;
using Showcase.Listings;
using Showcase.Tenancy;

namespace Showcase.Programs;

/// <summary>Where a concluded call's winner appears in the showcase.</summary>
public static class ProgramShowcase
{
    /// <summary>The direction whose winners become demonstration factories (智能制造示范工厂); the others become cases.</summary>
    public const string FactoryDirection = "smart-manufacturing-c2";

    /// <summary>The id of the winner's factory or case: <c>{call}-{applicant}</c> when it fits.</summary>
    public static EntityId IdFor(EntityId call, EntityId applicant) => EntityId.Joined(call, applicant, "pilot");

    public static bool BecomesFactory(IEnumerable<string> directions) => directions.Contains(FactoryDirection);

    /// <summary>The page of the winner's factory or case.</summary>
    public static string PathFor(ProgramCallKey call, EntityId applicant, IEnumerable<string> directions) =>
        PortalPaths.Of(call.Tenant).Catalog(BecomesFactory(directions) ? CatalogKind.Factory : CatalogKind.Case).Item(IdFor(call.Id, applicant));
}
