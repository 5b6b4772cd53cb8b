using Showcase.Cases;
using Showcase.Listings;
using Showcase.Providers;
using Showcase.Titles;
using Showcase.Web.Localization;

namespace Showcase.Web.Listings;

/// <summary>The status codes a listing of each kind can be filtered by, with their Chinese labels.</summary>
public static class CatalogStatuses
{
    public static IReadOnlyList<(string Code, string Label)> Of(CatalogKind kind) => kind switch
    {
        CatalogKind.Case => Codes(kind, Enum.GetValues<CaseStatus>()),
        CatalogKind.Provider => Codes(kind, Enum.GetValues<ProviderStatus>()),
        _ => Codes(kind, Enum.GetValues<TitleStatus>()),
    };

    private static (string, string)[] Codes<TStatus>(CatalogKind kind, TStatus[] statuses) where TStatus : struct, Enum =>
        statuses.Select(s => StatusCode.Of(s)).Select(code => (code, CatalogLabels.Status(kind, code, Languages.Current))).ToArray();
}
