using Showcase.Programs;
using Showcase.Reference;
using Showcase.Tenancy;

namespace Showcase.Api.Statistics;

/// <summary>The program calls' tables: each call's applications, recommendations and winners; quotas used by recommender; applications by direction.</summary>
internal static class ProgramTables
{
    public static readonly string[] Keys = ["program-calls", "program-recommenders", "program-directions"];

    public static IReadOnlyList<StatisticsTable> Of(PortalPaths paths, IReadOnlyList<ProgramCallSnapshot> calls) =>
    [
        new(Keys[0], "各申报批次", ChartKind.Columns, ["申报批次", "已提交申报", "已推荐", "入选"],
            [.. calls.Select(c => new StatisticsRow(c.Setup.Title ?? c.Program.Name, paths.Programs.Item(c.Key.Id),
                [Submitted(c).Count(), c.Recommended.Count(), c.Publication?.Winners.Count ?? 0]))]),
        new(Keys[1], "推荐单位名额使用", ChartKind.Bars, ["推荐单位", "收到申报", "已推荐", "推荐名额"],
            [.. calls.SelectMany(c => c.Recommenders.Select(seat => (Call: c, Seat: seat)))
                .GroupBy(x => x.Seat.Organisation)
                .Select(g => new StatisticsRow(g.Last().Seat.Name ?? "（未命名单位）", null,
                [
                    g.Sum(x => Submitted(x.Call).Count(a => a.Recommender == g.Key)),
                    g.Sum(x => x.Call.RecommendedBy(g.Key).Count),
                    g.All(x => x.Seat.Quota is not null) ? g.Sum(x => x.Seat.Quota!.Value) : null,
                ]))
                .OrderByDescending(r => r.Values[0])],
            "各批次合计；名额为空表示该类推荐单位不限名额。"),
        new(Keys[2], "各申报方向", ChartKind.Bars, ["方向", "已提交申报", "已推荐", "入选"],
            [.. calls.SelectMany(c => Submitted(c).SelectMany(a => a.Directions.Distinct().Select(d => (Call: c, Application: a, Direction: d))))
                .GroupBy(x => x.Direction)
                .Select(g => new StatisticsRow(ReferenceData.Programs.NameOf(g.Key), null,
                [
                    g.Count(),
                    g.Count(x => x.Call.Recommended.Contains(x.Application.Applicant)),
                    g.Count(x => x.Call.Publication?.Winners.Contains(x.Application.Applicant) == true),
                ]))
                .OrderByDescending(r => r.Values[0])],
            "一个项目申报多个方向时在每个方向都计一次。"),
    ];

    private static IEnumerable<ProgramApplicationSummary> Submitted(ProgramCallSnapshot call) =>
        call.Applications.Where(a => a.Status == ProgramApplicationStatus.Submitted);
}
