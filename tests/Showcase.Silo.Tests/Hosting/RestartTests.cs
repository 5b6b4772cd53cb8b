using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Showcase.Api.Collections;
using Showcase.Audit;
using Showcase.Catalog.Spreadsheets;
using Showcase.Common;
using Showcase.Listings;
using Showcase.Scenarios;
using Showcase.Tenancy;
using Showcase.Testing;

namespace Showcase.Silo.Tests.Hosting;

public sealed class RestartTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PublishedScenario_SurvivesStoppingAndStartingTheHostOnTheSameDataFolder()
    {
        var dataPath = TestFolders.NewDataFolder();
        string id;
        string token;
        await using (var first = new ShowcaseHost(dataPath, seedDemoContent: true))
        {
            using var http = first.CreateClient();
            token = await SignInAsync(http);
            var created = await PostAsync(http, """
                mutation { createScenario(input: { title: "重启后仍在的场景", summary: "概述", stages: ["design"], industry: "electronics", domain: "design" }) { id } }
                """);
            id = created.GetProperty("createScenario").GetProperty("id").GetString()!;
            await PostAsync(http, $$"""mutation { publishScenario(id: "{{id}}") { status } }""");
        }

        await using var second = new ShowcaseHost(dataPath, seedDemoContent: true);
        using var client = second.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var after = await PostAsync(client, $$"""{ scenario(id: "{{id}}") { title status version } scenarios { totalCount } }""");
        using var health = await client.GetAsync("/health", Cancel);

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        var scenario = after.GetProperty("scenario");
        Assert.Equal("重启后仍在的场景", scenario.GetProperty("title").GetString());
        Assert.Equal("PUBLISHED", scenario.GetProperty("status").GetString());
        Assert.Equal(2, scenario.GetProperty("version").GetInt32());
        // The six demo samples plus ours (the curator sees the draft sample too): seeding again on restart added nothing.
        Assert.Equal(7, after.GetProperty("scenarios").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task DemoTenant_ExistsOnFirstStart_WithPublishedSamples()
    {
        await using var host = new ShowcaseHost(seedDemoContent: true);
        using var http = host.CreateClient();

        var page = await http.GetStringAsync("/t/demo/", Cancel);
        var published = await host.Grains.GetScenarioDirectory(TenantId.Parse("demo"))
            .ListAsync(new ScenarioListQuery(ScenarioStatus.Published));

        Assert.Contains("<html lang=\"zh-CN\">", page);
        Assert.Contains("智能制造优秀场景展示", page);
        Assert.Equal(5, published.TotalCount);
        Assert.Contains("基于机器视觉的车身焊缝质量在线检测", page);
    }

    [Fact]
    public async Task AFinishedExport_IsStillShownAndDownloadable_AfterTheHostRestarts()
    {
        var dataPath = TestFolders.NewDataFolder();
        string exportId;
        string token;
        await using (var first = new ShowcaseHost(dataPath, seedDemoContent: true))
        {
            using var http = first.CreateClient();
            token = await SignInAsync(http);
            var demo = TenantId.Parse("demo");
            var @case = first.Grains.GetCase(new CatalogKey(demo, EntityId.Parse("restart-case")));
            await @case.CreateDraftAsync(CatalogSeed.Case("重启前收录的案例"), Owner.Nobody, Actor.System);
            await @case.PublishAsync(Actor.System);
            await PostAsync(http, """
                mutation { createCollection(id: "restart-book", input: { title: "重启后仍可下载的案例集", sections: [{ title: "示范", cases: [{ case: "restart-case" }] }] }) { added } }
                """);
            exportId = (await PostAsync(http, """mutation { exportCollection(id: "restart-book", format: XLSX, workingCopy: true) { id } }"""))
                .GetProperty("exportCollection").GetProperty("id").GetString()!;
            var exports = first.Services.GetRequiredService<CollectionExports>();
            await Eventually.TrueAsync(async () => await exports.FindAsync(demo, exportId) is { State: ExportState.Done }, Cancel);
        }

        await using var second = new ShowcaseHost(dataPath, seedDemoContent: true);
        using var client = second.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var state = await ExportStateAsync(client, exportId);
        using var file = await client.GetAsync($"/t/demo/collection-exports/{exportId}/file", Cancel);

        Assert.Equal("DONE", state);
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("重启后仍可下载的案例集.xlsx", file.Content.Headers.ContentDisposition?.FileNameStar);
        var table = XlsxTable.Read(await file.Content.ReadAsStreamAsync(Cancel));
        Assert.Single(table.Rows);
    }

    private static async Task<string> SignInAsync(HttpClient http)
    {
        // The demo curator's documented password, through the real sign-in path.
        var token = (await PostAsync(http, """
            mutation { createAccessToken(login: "curator", password: "showcase-demo-2026", name: "重启测试") { token } }
            """)).GetProperty("createAccessToken").GetProperty("token").GetString()!;
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return token;
    }

    private static async Task<string?> ExportStateAsync(HttpClient http, string id) =>
        (await PostAsync(http, $$"""{ collectionExport(id: "{{id}}") { state } }""")).GetProperty("collectionExport").GetProperty("state").GetString();

    private static async Task<JsonElement> PostAsync(HttpClient http, string query)
    {
        using var response = await http.PostAsJsonAsync("/t/demo/graphql", new { query }, Cancel);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel)).RootElement;
        Assert.False(json.TryGetProperty("errors", out _), json.ToString());
        return json.GetProperty("data").Clone();
    }
}
