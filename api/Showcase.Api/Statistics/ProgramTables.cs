using Microsoft.Extensions.Localization;
using Showcase.Programs;
using Showcase.Reference;
using Showcase.Tenancy;

namespace Showcase.Api.Statistics;

/// <summary>The program calls' tables: each call's applications, recommendations and winners; quotas used by recommender; applications by direction.</summary>
internal static class ProgramTables
{
    public static readonly string[] Keys = ["program-calls", "program-recommenders", "program-directions"];

    public static IReadOnlyList<StatisticsTable> Of(PortalPaths paths, IReadOnlyList<ProgramCallSnapshot> calls, IStringLocalizer texts, string language) =>
    [
        new(Keys[0], texts["Calls"], ChartKind.Columns, [texts["Call"], texts["Submitted"], texts["Recommended"], texts["Selected"]],
            [.. calls.Select(c => new StatisticsRow(c.Setup.Title ?? c.Program.Name, paths.Programs.Item(c.Key.Id),
                [Submitted(c).Count(), c.Recommended.Count(), c.Publication?.Winners.Count ?? 0]))]),
        new(Keys[1], texts["Quotas"], ChartKind.Bars, [texts["Recommender"], texts["Received"], texts["Recommended"], texts["Quota"]],
            [.. calls.SelectMany(c => c.Recommenders.Select(seat => (Call: c, Seat: seat)))
                .GroupBy(x => x.Seat.Organisation)
                .Select(g => new StatisticsRow(g.Last().Seat.Name ?? texts["Unnamed"], null,
                [
                    g.Sum(x => Submitted(x.Call).Count(a => a.Recommender == g.Key)),
                    g.Sum(x => x.Call.RecommendedBy(g.Key).Count),
                    g.All(x => x.Seat.Quota is not null) ? g.Sum(x => x.Seat.Quota!.Value) : null,
                ]))
                .OrderByDescending(r => r.Values[0])],
            texts["QuotasNote"]),
        new(Keys[2], texts["Directions"], ChartKind.Bars, [texts["Direction"], texts["Submitted"], texts["Recommended"], texts["Selected"]],
            [.. calls.SelectMany(c => Submitted(c).SelectMany(a => a.Directions.Distinct().Select(d => (Call: c, Application: a, Direction: d))))
                .GroupBy(x => x.Direction)
                .Select(g => new StatisticsRow(ReferenceData.Programs.NameOf(g.Key, language), null,
                [
                    g.Count(),
                    g.Count(x => x.Call.Recommended.Contains(x.Application.Applicant)),
                    g.Count(x => x.Call.Publication?.Winners.Contains(x.Application.Applicant) == true),
                ]))
                .OrderByDescending(r => r.Values[0])],
            texts["DirectionsNote"]),
    ];

    private static IEnumerable<ProgramApplicationSummary> Submitted(ProgramCallSnapshot call) =>
        call.Applications.Where(a => a.Status == ProgramApplicationStatus.Submitted);
}
