using Showcase.Audit;
using Showcase.Catalog.Spreadsheets;
using Showcase.Common;
using Showcase.Listings;
using Showcase.Providers;
using Showcase.Reference;

namespace Showcase.Api.Transfers;

/// <summary>
/// Solution providers in a spreadsheet (能力 as in <see cref="CapabilityCells"/>); the platform figures are entered on
/// the provider's page.
/// </summary>
public sealed class ProviderSheet : CatalogSheet
{
    public override CatalogKind Kind => CatalogKind.Provider;

    public override IReadOnlyList<SheetColumn> Columns { get; } =
    [
        new("编号", 14),
        new("供应商名称", 28, true, false, "name"),
        new("主体类型", 14, true, false, "kind"),
        new("省份", 10, true, false, "province"),
        new("城市", 10, false, false, "city"),
        new("简介", 40, true, false, "summary"),
        new("能力", 36, true, false, "capabilities"),
        new("资质", 24, false, false, "qualifications"),
        new("状态", 8, ExportOnly: true),
    ];

    public override object Read(SheetTable table, SheetRow row, RowErrors errors)
    {
        string? Text(string header) => Cell(table, row, header);
        return new ProviderProfile
        {
            Name = Text("供应商名称"),
            Kind = TermCells.ParseOne(ReferenceData.ApplicantKinds, Text("主体类型"), "主体类型", errors),
            Province = TermCells.ParseOne(ReferenceData.Provinces, Text("省份"), "省份", errors),
            City = TermCells.ParseOne(ReferenceData.Cities, Text("城市"), "城市", errors),
            Summary = Text("简介"),
            Capabilities = CapabilityCells.Parse(Text("能力"), "能力", errors),
            Qualifications = TermCells.Split(Text("资质")).ToArray(),
        };
    }

    public override Task<IReadOnlyList<DomainError>> CheckAsync(IGrainFactory grains, object item, bool publish) =>
        grains.GetGrain<ICatalogRulesGrain>(0).CheckProviderAsync((ProviderProfile)item, publish);

    public override async Task CreateAsync(IGrainFactory grains, CatalogKey key, object item, Owner owner, Actor by, bool publish, DateOnly today)
    {
        var grain = grains.GetProvider(key);
        await grain.RegisterAsync((ProviderProfile)item, owner, by);
        if (publish)
        {
            await grain.ListAsync(by);
        }
    }

    public override async Task<IReadOnlyList<object?>?> ExportAsync(IGrainFactory grains, CatalogKey key, int number)
    {
        if (await grains.GetProvider(key).GetAsync() is not { } provider)
        {
            return null;
        }

        var p = provider.Profile;
        return
        [
            key.Id.Value, p.Name,
            p.Kind is null ? null : TermCells.Format(ReferenceData.ApplicantKinds, p.Kind),
            p.Province is null ? null : TermCells.Format(ReferenceData.Provinces, p.Province),
            p.City is null ? null : TermCells.Format(ReferenceData.Cities, p.City),
            p.Summary,
            CapabilityCells.Format(p.Capabilities),
            string.Join("、", p.Qualifications),
            CatalogLabels.Status(provider.Status),
        ];
    }
}
