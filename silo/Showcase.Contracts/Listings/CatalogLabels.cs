using Showcase.Cases;
using Showcase.Common;
using Showcase.Providers;
using Showcase.Tenancy;
using Showcase.Titles;

namespace Showcase.Listings;

/// <summary>The words for catalog kinds and statuses (CatalogLabels.resx, .en.resx), shared by GraphQL, the pages and the exports.</summary>
public static class CatalogLabels
{
    private static readonly LabelTexts Texts = new(typeof(CatalogLabels));

    public static string Kind(CatalogKind kind, string language = TenantProfile.Chinese) => Texts.Get($"Kind.{kind}", language);

    public static string Status(CaseStatus status, string language = TenantProfile.Chinese) => Texts.Get($"Case.{status}", language);

    public static string Status(ProviderStatus status, string language = TenantProfile.Chinese) => Texts.Get($"Provider.{status}", language);

    /// <summary>The label of a listing's status code (<see cref="StatusCode"/>) for its kind; an unknown code is shown as it is.</summary>
    public static string Status(CatalogKind kind, string code, string language = TenantProfile.Chinese) => kind switch
    {
        CatalogKind.Case => Parse<CaseStatus>(code) is { } s ? Status(s, language) : code,
        CatalogKind.Provider => Parse<ProviderStatus>(code) is { } s ? Status(s, language) : code,
        CatalogKind.Factory => Parse<TitleStatus>(code) is { } s ? TitleLabels.Status(TitleTrack.Factory, s, language) : code,
        CatalogKind.PilotZone => Parse<TitleStatus>(code) is { } s ? TitleLabels.Status(TitleTrack.PilotZone, s, language) : code,
        _ => code,
    };

    private static TStatus? Parse<TStatus>(string code) where TStatus : struct, Enum =>
        Enum.GetValues<TStatus>().Cast<TStatus?>().FirstOrDefault(s => StatusCode.Of(s!.Value) == code);
}
