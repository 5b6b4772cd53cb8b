using Showcase.Cases;
using Showcase.Providers;
using Showcase.Titles;

namespace Showcase.Listings;

/// <summary>The Chinese words for catalog kinds and statuses, shared by GraphQL, the pages and the exports.</summary>
public static class CatalogLabels
{
    public static string Kind(CatalogKind kind) => kind switch
    {
        CatalogKind.Case => "案例",
        CatalogKind.Factory => "示范工厂",
        CatalogKind.PilotZone => "先行区",
        CatalogKind.Provider => "解决方案供应商",
        _ => kind.ToString(),
    };

    public static string Status(CaseStatus status) => status switch
    {
        CaseStatus.Draft => "草稿",
        CaseStatus.InReview => "审核中",
        CaseStatus.Published => "已发布",
        CaseStatus.Withdrawn => "已撤回",
        _ => status.ToString(),
    };

    public static string Status(ProviderStatus status) => status switch
    {
        ProviderStatus.Draft => "登记中",
        ProviderStatus.Listed => "已入库",
        ProviderStatus.Delisted => "已移出",
        _ => status.ToString(),
    };

    /// <summary>The label of a listing's status code (<see cref="StatusCode"/>) for its kind; an unknown code is shown as it is.</summary>
    public static string Status(CatalogKind kind, string code) => kind switch
    {
        CatalogKind.Case => Parse<CaseStatus>(code) is { } s ? Status(s) : code,
        CatalogKind.Provider => Parse<ProviderStatus>(code) is { } s ? Status(s) : code,
        CatalogKind.Factory => Parse<TitleStatus>(code) is { } s ? TitleLabels.Status(TitleTrack.Factory, s) : code,
        CatalogKind.PilotZone => Parse<TitleStatus>(code) is { } s ? TitleLabels.Status(TitleTrack.PilotZone, s) : code,
        _ => code,
    };

    private static TStatus? Parse<TStatus>(string code) where TStatus : struct, Enum =>
        Enum.GetValues<TStatus>().Cast<TStatus?>().FirstOrDefault(s => StatusCode.Of(s!.Value) == code);
}
