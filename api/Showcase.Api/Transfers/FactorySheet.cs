using System.Globalization;
using Showcase.Audit;
using Showcase.Catalog.Spreadsheets;
using Showcase.Common;
using Showcase.Factories;
using Showcase.Listings;
using Showcase.Reference;
using Showcase.Titles;

namespace Showcase.Api.Transfers;

/// <summary>Demonstration factories in a spreadsheet. An import declares them; titles are decided on the factory's page.</summary>
public sealed class FactorySheet : CatalogSheet
{
    public override CatalogKind Kind => CatalogKind.Factory;

    public override IReadOnlyList<SheetColumn> Columns { get; } =
    [
        new("编号", 14),
        new("工厂名称", 30, true, false, "name"),
        new("企业", 24, true, false, "enterprise"),
        new("省份", 10, true, false, "province"),
        new("城市", 10, false, false, "city"),
        new("细分行业", 14, true, false, "subIndustry"),
        new("级别", 8, false, false, "level"),
        new("简介", 40, false, false, "summary"),
        new("关键技术", 18, false, false, "technologies"),
        new("揭榜任务", 24, false, false, "answeredTask"),
        new("申报日期", 12, false, false, "on"),
        new("状态", 10, ExportOnly: true),
        new("有效期至", 12, ExportOnly: true),
    ];

    public override object Read(SheetTable table, SheetRow row, RowErrors errors)
    {
        string? Text(string header) => Cell(table, row, header);
        DateOnly? on = null;
        if (Text("申报日期") is { } date)
        {
            on = DateCells.Parse(date);
            if (on is null)
            {
                errors.Add("申报日期", "NotADateCell", date, "2024-03-01");
            }
        }

        return new Declaration(new FactoryProfile
        {
            Name = Text("工厂名称"),
            Enterprise = Text("企业"),
            Province = TermCells.ParseOne(ReferenceData.Provinces, Text("省份"), "省份", errors),
            City = TermCells.ParseOne(ReferenceData.Cities, Text("城市"), "城市", errors),
            SubIndustry = TermCells.ParseOne(ReferenceData.Sectors, Text("细分行业"), "细分行业", errors),
            Level = TermCells.ParseOne(ReferenceData.Levels, Text("级别"), "级别", errors),
            Summary = Text("简介"),
            Technologies = TermCells.Parse(ReferenceData.Technologies, Text("关键技术"), "关键技术", errors),
            AnsweredTask = Text("揭榜任务"),
        }, on);
    }

    public override Task<IReadOnlyList<DomainError>> CheckAsync(IGrainFactory grains, object item, bool publish) =>
        grains.GetGrain<ICatalogRulesGrain>(0).CheckFactoryAsync(((Declaration)item).Profile);

    public override Task CreateAsync(IGrainFactory grains, CatalogKey key, object item, Owner owner, Actor by, bool publish, DateOnly today)
    {
        var declaration = (Declaration)item;
        return grains.GetFactory(key).DeclareAsync(declaration.Profile, declaration.On ?? today, owner, by);
    }

    public override async Task<IReadOnlyList<object?>?> ExportAsync(IGrainFactory grains, CatalogKey key, int number)
    {
        if (await grains.GetFactory(key).GetAsync() is not { } factory)
        {
            return null;
        }

        var p = factory.Profile;
        return
        [
            key.Id.Value, p.Name, p.Enterprise,
            p.Province is null ? null : TermCells.Format(ReferenceData.Provinces, p.Province),
            p.City is null ? null : TermCells.Format(ReferenceData.Cities, p.City),
            p.SubIndustry is null ? null : TermCells.Format(ReferenceData.Sectors, p.SubIndustry),
            p.Level is null ? null : TermCells.Format(ReferenceData.Levels, p.Level),
            p.Summary, TermCells.Format(ReferenceData.Technologies, p.Technologies), p.AnsweredTask,
            factory.Title.Steps[0].On.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            TitleLabels.Status(TitleTrack.Factory, factory.Title.Status),
            factory.Title.ValidUntil?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ];
    }

    private sealed record Declaration(FactoryProfile Profile, DateOnly? On);
}
