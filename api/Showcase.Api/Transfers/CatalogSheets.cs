using Showcase.Listings;

namespace Showcase.Api.Transfers;

/// <summary>The kinds that go through spreadsheets. Pilot zones are few and entered on their pages.</summary>
public static class CatalogSheets
{
    private static readonly CatalogSheet[] All = [new CaseSheet(), new FactorySheet(), new ProviderSheet()];

    public static IReadOnlyList<CatalogKind> Kinds { get; } = All.Select(s => s.Kind).ToArray();

    public static CatalogSheet? For(CatalogKind kind) => All.FirstOrDefault(s => s.Kind == kind);
}
