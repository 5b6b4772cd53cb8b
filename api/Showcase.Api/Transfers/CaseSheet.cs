using Showcase.Audit;
using Showcase.Cases;
using Showcase.Catalog.Spreadsheets;
using Showcase.Common;
using Showcase.Listings;
using Showcase.Reference;

namespace Showcase.Api.Transfers;

/// <summary>Cases in a spreadsheet: the full layout (import and export) and the programs' 汇总表.</summary>
public sealed class CaseSheet : CatalogSheet
{
    private static readonly (CaseSubject Subject, string Label)[] Subjects =
        [(CaseSubject.Scenario, "场景"), (CaseSubject.Factory, "示范工厂"), (CaseSubject.PilotZone, "先行区"), (CaseSubject.Solution, "解决方案")];

    public override CatalogKind Kind => CatalogKind.Case;

    public override IReadOnlyList<SheetColumn> Columns { get; } =
    [
        new("编号", 14),
        new("案例名称", 30, true, false, "title"),
        new("摘要", 40, true, false, "summary"),
        new("正文", 60, true, false, "body"),
        new("案例类型", 10, false, false, "subject"),
        new("申报单位", 24, true, false, "organisation"),
        new("联系人", 10, false, false, "contactName"),
        new("手机", 14, false, false, "contactPhone"),
        new("邮箱", 22, false, false, "contactEmail"),
        new("省份", 10, true, false, "province"),
        new("城市", 10, false, false, "city"),
        new("行业", 14, true, false, "industries"),
        new("领域", 14, true, false, "domains"),
        new("关键技术", 18, false, false, "technologies"),
        new("应用场景", 16, false, false, "scenes"),
        new("申报方向", 24, false, false, "programs"),
        new("年份", 8, false, false, "year"),
        new("成效指标", 36, true, false, "metrics"),
        new("状态", 8, ExportOnly: true),
        new("更新时间", 18, ExportOnly: true),
    ];

    /// <summary>The 汇总表 the program notices ask for.</summary>
    public static IReadOnlyList<SheetColumn> SummaryColumns { get; } =
        [new("序号", 6), new("项目名称", 36), new("申报单位", 28), new("申报方向", 30), new("联系人", 10), new("联系方式", 26)];

    public override object Read(SheetTable table, SheetRow row, RowErrors errors)
    {
        string? Text(string header) => Cell(table, row, header);
        var subject = Text("案例类型") is { } label
            ? Subjects.FirstOrDefault(s => s.Label == label) is { Label: not null } found ? found.Subject : Refuse<CaseSubject>(errors, "案例类型", "NotACaseKind", label, string.Join("、", Subjects.Select(s => s.Label)))
            : CaseSubject.Scenario;
        int? year = null;
        if (Text("年份") is { } yearText)
        {
            year = int.TryParse(yearText, out var parsed) ? parsed : Refuse<int?>(errors, "年份", "NotAYear", yearText);
        }

        return new CaseContent
        {
            Title = Text("案例名称"),
            Summary = Text("摘要"),
            Body = Text("正文"),
            Subject = subject,
            Organisation = Text("申报单位"),
            ContactName = Text("联系人"),
            ContactPhone = Text("手机"),
            ContactEmail = Text("邮箱"),
            Province = TermCells.ParseOne(ReferenceData.Provinces, Text("省份"), "省份", errors),
            City = TermCells.ParseOne(ReferenceData.Cities, Text("城市"), "城市", errors),
            Industries = TermCells.Parse(ReferenceData.Industries, Text("行业"), "行业", errors),
            Domains = TermCells.Parse(ReferenceData.Domains, Text("领域"), "领域", errors),
            Technologies = TermCells.Parse(ReferenceData.Technologies, Text("关键技术"), "关键技术", errors),
            Scenes = TermCells.Parse(ReferenceData.Scenes, Text("应用场景"), "应用场景", errors),
            Programs = TermCells.Parse(ReferenceData.Programs, Text("申报方向"), "申报方向", errors),
            Year = year,
            Metrics = MetricCells.Parse(Text("成效指标"), "成效指标", errors),
        };
    }

    public override Task<IReadOnlyList<DomainError>> CheckAsync(IGrainFactory grains, object item, bool publish) =>
        grains.GetGrain<ICatalogRulesGrain>(0).CheckCaseAsync((CaseContent)item, publish);

    public override Task CreateAsync(IGrainFactory grains, CatalogKey key, object item, Owner owner, Actor by, bool publish, DateOnly today) =>
        publish ? grains.GetCase(key).CreatePublishedAsync((CaseContent)item, owner, by) : grains.GetCase(key).CreateDraftAsync((CaseContent)item, owner, by);

    public override async Task<IReadOnlyList<object?>?> ExportAsync(IGrainFactory grains, CatalogKey key, int number) =>
        await grains.GetCase(key).GetAsync() is { } snapshot ? Row(snapshot) : null;

    public static IReadOnlyList<object?> Row(CaseSnapshot snapshot)
    {
        var c = snapshot.Content;
        return
        [
            snapshot.Key.Id.Value, c.Title, c.Summary, c.Body, Subjects.First(s => s.Subject == c.Subject).Label, c.Organisation,
            c.ContactName, c.ContactPhone, c.ContactEmail,
            c.Province is null ? null : TermCells.Format(ReferenceData.Provinces, c.Province),
            c.City is null ? null : TermCells.Format(ReferenceData.Cities, c.City),
            TermCells.Format(ReferenceData.Industries, c.Industries), TermCells.Format(ReferenceData.Domains, c.Domains),
            TermCells.Format(ReferenceData.Technologies, c.Technologies), TermCells.Format(ReferenceData.Scenes, c.Scenes),
            TermCells.Format(ReferenceData.Programs, c.Programs), c.Year, MetricCells.Format(c.Metrics),
            CatalogLabels.Status(snapshot.Status), ChinaTime.Minutes(snapshot.UpdatedAt),
        ];
    }

    /// <summary>A row of the 汇总表: 联系方式 is the mobile number and the e-mail, one per line.</summary>
    public static IReadOnlyList<object?> SummaryRow(CaseSnapshot snapshot, int number)
    {
        var c = snapshot.Content;
        return
        [
            number, c.Title, c.Organisation, string.Join("、", c.Programs.Select(ReferenceData.Programs.NameOf)), c.ContactName,
            string.Join("\n", new[] { c.ContactPhone, c.ContactEmail }.Where(s => !string.IsNullOrEmpty(s))),
        ];
    }

    private static T Refuse<T>(RowErrors errors, string column, string template, params object[] arguments)
    {
        errors.Add(column, template, arguments);
        return default!;
    }
}
