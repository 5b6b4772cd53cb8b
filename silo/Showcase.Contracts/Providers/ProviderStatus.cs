namespace Showcase.Providers;

public enum ProviderStatus
{
    /// <summary>登记中: registered, not yet listed.</summary>
    Draft,

    /// <summary>已入库: listed in the public catalog.</summary>
    Listed,

    /// <summary>已移出: taken out of the catalog, with the reason.</summary>
    Delisted,
}
