using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Showcase.Scenarios;
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
            // The demo curator's documented password, through the real sign-in path.
            token = (await PostAsync(http, """
                mutation { createAccessToken(login: "curator", password: "showcase-demo-2026", name: "重启测试") { token } }
                """)).GetProperty("createAccessToken").GetProperty("token").GetString()!;
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
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
        var published = await host.Grains.GetScenarioDirectory(Showcase.Tenancy.TenantId.Parse("demo"))
            .ListAsync(new ScenarioListQuery(ScenarioStatus.Published));

        Assert.Contains("<html lang=\"zh-CN\">", page);
        Assert.Contains("智能制造优秀场景展示", page);
        Assert.Equal(5, published.TotalCount);
        Assert.Contains("基于机器视觉的车身焊缝质量在线检测", page);
    }

    private static async Task<JsonElement> PostAsync(HttpClient http, string query)
    {
        using var response = await http.PostAsJsonAsync("/t/demo/graphql", new { query }, Cancel);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel)).RootElement;
        Assert.False(json.TryGetProperty("errors", out _), json.ToString());
        return json.GetProperty("data").Clone();
    }
}
