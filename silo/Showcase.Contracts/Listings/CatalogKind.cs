namespace Showcase.Listings;

/// <summary>The kinds of entity the catalog lists. Each has its own grain type and its own directory per tenant.</summary>
public enum CatalogKind
{
    /// <summary>案例: the published story of a scenario, factory, zone or provider solution.</summary>
    Case,

    /// <summary>智能制造示范工厂.</summary>
    Factory,

    /// <summary>智能制造先行区.</summary>
    PilotZone,

    /// <summary>系统解决方案供应商.</summary>
    Provider,
}
