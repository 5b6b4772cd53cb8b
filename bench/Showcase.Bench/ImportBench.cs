using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Showcase.Api.Transfers;
using Showcase.Audit;
using Showcase.Catalog.Search;
using Showcase.Catalog.Spreadsheets;
using Showcase.Common;
using Showcase.Listings;
using Showcase.Reference;
using Showcase.Tenancy;

namespace Showcase.Bench;

/// <summary>
/// Curators' imports (issue 24, point 3) on the real host: <c>rows</c> published cases from a CSV and then from an
/// xlsx file into the demo portal, each timed from the start to the import reading as done, with the checking and the
/// writing phases apart, then until the search index holds every row; then both again, when the host's code is
/// warm (the first round pays for most of the JIT compilation). Each file's rows differ from the others', so each
/// creates its cases.
/// Usage: dotnet run -c Release --project bench/Showcase.Bench -- import [rows]
/// </summary>
public static class ImportBench
{
    private static readonly TenantId Demo = TenantId.Parse("demo");

    public static async Task RunAsync(int rows)
    {
        await using var host = await BenchHost.StartAsync(seedDemo: true);
        await DemoGraphQL.UntilSeededAsync(host.Http);
        var jobs = host.Services.GetRequiredService<ImportJobs>();
        var search = host.Services.GetRequiredService<ISearchIndex>();

        Console.WriteLine($"{rows} published cases | checked s | written s | total s | rows/s | searchable s | RSS MB after");
        foreach (var (csv, round) in new[] { (true, 1), (false, 1), (true, 2), (false, 2) })
        {
            var content = File(rows, $"{(csv ? "CSV" : "XLSX")}{round}", csv);
            var request = new ImportRequest(Demo, CatalogKind.Case, csv ? "cases.csv" : "cases.xlsx", content, true, Owner.Nobody, Actor.System);
            var before = await SearchTotalAsync(search);
            var started = Stopwatch.GetTimestamp();
            double? checkedAt = null;
            var progress = await RunAsync(jobs, request, seen =>
            {
                if (checkedAt is null && seen.State == ImportState.Writing)
                {
                    checkedAt = Stopwatch.GetElapsedTime(started).TotalSeconds;
                }
            });
            var total = Stopwatch.GetElapsedTime(started).TotalSeconds;
            if (progress.Written != rows)
            {
                throw new InvalidOperationException($"The import wrote {progress.Written} of {rows} rows.");
            }

            while (await SearchTotalAsync(search) < before + rows)
            {
                await Task.Delay(50);
            }

            var searchable = Stopwatch.GetElapsedTime(started).TotalSeconds;
            Console.WriteLine($"{(csv ? "CSV" : "xlsx") + (round == 1 ? ", first" : ", again"),-21} | {checkedAt ?? total,9:F1} | {total - (checkedAt ?? total),9:F1} | {total,7:F1} | {rows / total,6:F0} | {searchable,12:F1} | {Process.GetCurrentProcess().WorkingSet64 / 1024 / 1024,12}");
        }
    }

    /// <summary>Starts the import and polls it until it ends, telling <paramref name="seen"/> each progress; throws unless it is done.</summary>
    public static async Task<ImportProgress> RunAsync(ImportJobs jobs, ImportRequest request, Action<ImportProgress>? seen = null)
    {
        var id = jobs.Start(request).Id;
        ImportProgress progress;
        while (!(progress = (await jobs.FindAsync(request.Tenant, id))!).IsFinished)
        {
            seen?.Invoke(progress);
            await Task.Delay(20);
        }

        return progress.State == ImportState.Done
            ? progress
            : throw new InvalidOperationException($"The import ended {progress.State}: {string.Join(" ", progress.Errors.Take(5).Select(e => $"{e.Row}/{e.Column}: {e.Message}"))}");
    }

    private static async Task<int> SearchTotalAsync(ISearchIndex search) =>
        (await search.SearchAsync(new SearchRequest(Demo.Value, null) { Filters = new Dictionary<string, IReadOnlyList<string>> { [SearchFacets.Kind] = ["case"] }, Take = 1 })).Total;

    /// <summary>A file of valid case rows; <paramref name="tag"/> makes its titles (and so its ids) its own.</summary>
    public static byte[] File(int rows, string tag, bool csv)
    {
        var columns = new CaseSheet().ImportColumns.Select(c => c.Header).ToArray();
        var industries = ReferenceData.Industries.Terms;
        var domains = ReferenceData.Domains.Terms;
        var technologies = ReferenceData.Technologies.Terms;
        var provinces = ReferenceData.Provinces.Terms;
        var documents = GeneratedCases.Create(Demo.Value, rows).ToArray();
        var data = documents.Select((d, i) => (IReadOnlyList<object?>)columns.Select(column => (object?)(column switch
        {
            "案例名称" => $"{d.Title}·{tag}",
            "摘要" => d.Text[..Math.Min(60, d.Text.Length)],
            "正文" => d.Text,
            "申报单位" => d.Subtitle,
            "省份" => provinces[i % provinces.Count].Name,
            "行业" => industries[i % industries.Count].Name,
            "领域" => TermCells.Format(ReferenceData.Domains, [domains[i % domains.Count].Code, domains[(i / 3) % domains.Count].Code]),
            "关键技术" => technologies[i % technologies.Count].Name,
            "年份" => 2019 + i % 7,
            "成效指标" => $"不良率（%）：{1 + i % 5}→{0.5 + i % 3}\n生产效率（件/小时）：{100 + i % 50}→{130 + i % 70}",
            _ => null,
        })).ToArray()).ToList();

        using var stream = new MemoryStream();
        if (csv)
        {
            CsvTable.Write(stream, columns, data);
        }
        else
        {
            XlsxTable.Write(stream, [new TableSheet("案例", columns, data, columns.Select(_ => 20.0).ToArray())]);
        }

        return stream.ToArray();
    }
}
