using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Showcase.Api.Collections;
using Showcase.Api.Files;
using Showcase.Api.Pictures;
using Showcase.Audit;
using Showcase.Cases;
using Showcase.Catalog.Collections;
using Showcase.Catalog.Spreadsheets;
using Showcase.Collections;
using Showcase.Common;
using Showcase.Listings;
using Showcase.Pictures;
using Showcase.Tenancy;

namespace Showcase.Bench;

/// <summary>
/// Collection exports (issue 8): a collection of N published cases (a 2,000-character write-up and four metrics
/// each) in 10 sections, read from their grains at the pinned revision and written as the Word book and the xlsx
/// list, on a real single-silo host with SQLite storage. Reports the median of the rounds for each step.
/// </summary>
public static class ExportBench
{
    public static async Task RunAsync(int cases, int rounds)
    {
        using var host = await BenchSilo.StartAsync();
        var grains = host.Services.GetRequiredService<IGrainFactory>();
        var tenant = TenantId.Parse("bench");
        var body = string.Concat(Enumerable.Repeat("## 实施内容\n建设高炉数字孪生系统，**实时**优化布料与送风制度。\n\n- 数据采集\n- 模型训练\n\n", 25));
        var items = new List<CollectionItem>();
        var files = host.Services.GetService<IFileStore>() ?? new FolderFileStore(Path.Combine(Path.GetTempPath(), "showcase-export-bench-" + Guid.NewGuid().ToString("N")));
        var photo = PictureProcessor.Process(PictureBench.Photo(4000, 3000));
        for (var i = 0; i < cases; i++)
        {
            var id = EntityId.Parse($"case-{i}");
            var owner = PictureOwner.Of(CatalogKind.Case, id).ToString();
            var shot = new List<Picture>();
            foreach (var name in new[] { "cover", "line" })
            {
                var picture = EntityId.Parse($"{id}-{name}");
                await files.SaveAsync(tenant, picture, new StoredFile(photo.ContentType, photo.Display, owner), CancellationToken.None);
                shot.Add(new Picture(picture, photo.Width, photo.Height, "改造后的产线"));
            }

            var grain = grains.GetCase(new CatalogKey(tenant, id));
            await grain.CreateDraftAsync(new CaseContent
            {
                Title = $"钢铁企业高炉智能控制案例 {i}", Summary = "通过数字孪生优化高炉操作，降低能耗。", Body = body, Organisation = "示例钢铁股份有限公司",
                Province = "32", City = "3205", Industries = ["ferrous-metals"], Domains = ["energy-saving"], Technologies = ["ai"], Year = 2025,
                Metrics = [new("吨铁能耗", "千克标煤/吨", 400, 380), new("生产效率", "%", 80, 92), new("不良率", "%", 2, 1.2m), new("人工", "人", null, 12)],
                Pictures = new PictureSet(shot[0], shot[1..]),
            }, Owner.Nobody, Actor.System);
            var published = await grain.PublishAsync(Actor.System);
            items.Add(new CollectionItem(id, published.Published!.Number, published.Content.Title!, "编者按：值得推广。"));
        }

        var content = new CollectionContent(new CollectionDetails { Title = "基准测试案例集", Introduction = "前言。" },
            items.Chunk(Math.Max(1, cases / 10)).Select((chunk, s) => new CollectionSection($"第 {s + 1} 组", chunk)).ToArray());
        var collection = new CollectionSnapshot(new CollectionKey(tenant, EntityId.Parse("bench")), content, null, null, 1, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow, Owner.Nobody);
        var portal = new TenantSnapshot(tenant, new TenantProfile("基准测试门户", ""), DateTimeOffset.UtcNow);
        var books = new CollectionBooks(grains, files);

        var (read, docx, xlsx) = (new List<double>(), new List<double>(), new List<double>());
        long docxBytes = 0, xlsxBytes = 0;
        for (var round = 0; round < rounds; round++)
        {
            var watch = Stopwatch.StartNew();
            var book = await books.BuildAsync(portal, collection, content, "https://showcase.example.cn");
            read.Add(watch.Elapsed.TotalMilliseconds);

            watch.Restart();
            using (var stream = new MemoryStream())
            {
                BookDocx.Write(stream, book);
                docxBytes = stream.Length;
            }

            docx.Add(watch.Elapsed.TotalMilliseconds);
            watch.Restart();
            using (var stream = new MemoryStream())
            {
                XlsxTable.Write(stream, [BookSheet.Of(book)]);
                xlsxBytes = stream.Length;
            }

            xlsx.Add(watch.Elapsed.TotalMilliseconds);
        }

        Console.WriteLine($"cases {cases}, each with a cover and a gallery photo of {photo.Display.Length / 1024} KB ({photo.Width}×{photo.Height}); rounds {rounds} (medians; the first round includes warm-up)");
        Console.WriteLine($"read pinned revisions + lay out the book: {Median(read):F0} ms (first round {read[0]:F0} ms)");
        Console.WriteLine($"write .docx: {Median(docx):F0} ms, {docxBytes / 1024} KB (first round {docx[0]:F0} ms)");
        Console.WriteLine($"write .xlsx: {Median(xlsx):F0} ms, {xlsxBytes / 1024} KB");
        Console.WriteLine($"whole .docx export: {Median(read) + Median(docx):F0} ms");
        await host.StopAsync();
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
