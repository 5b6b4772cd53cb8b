using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Showcase.Testing;

namespace Showcase.Silo.Tests.Outages;

/// <summary>What the outage tests do through a host's real HTTP pipeline: declare and publish scenarios, search, ask for readiness.</summary>
internal sealed class OutageClient(HttpClient http, TestPortal portal) : IDisposable
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static OutageClient For(ShowcaseHost host, TestPortal portal, string login = TestPortal.Curator)
    {
        var http = host.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", portal.TokenOf(login));
        return new OutageClient(http, portal);
    }

    public Task<Answer> CreateScenarioAsync(string title) => PostAsync(
        "mutation($input: ScenarioContentInput!) { createScenario(input: $input) { id } }",
        new
        {
            input = new
            {
                title,
                summary = "在涂装线出口部署相机，识别流挂、缩孔等漆膜缺陷。",
                stages = new[] { "production" },
                industry = "automotive",
                domain = "quality",
                technologies = new[] { "ai" },
                needAnswered = "人工检查漏检多。",
                benefits = "返修率下降。",
            },
        });

    public Task<Answer> PublishScenarioAsync(string id) => PostAsync("mutation($id: ID!) { publishScenario(id: $id) { id } }", new { id });

    public async Task<int> SearchTotalAsync(string words) =>
        (await PostAsync("query($q: String) { search(query: $q) { total } }", new { q = words })).Json
            .GetProperty("data").GetProperty("search").GetProperty("total").GetInt32();

    /// <summary>The readiness status and the description of each check.</summary>
    public async Task<(HttpStatusCode Status, JsonElement Checks)> ReadyAsync()
    {
        using var response = await http.GetAsync("/health/ready", Cancel);
        var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel)).RootElement.Clone();
        return (response.StatusCode, report.GetProperty("checks"));
    }

    /// <summary>Asks for readiness until it has the status wanted (a bounded number of times).</summary>
    public async Task<(HttpStatusCode Status, JsonElement Checks)> ReadyUntilAsync(HttpStatusCode wanted)
    {
        for (var attempt = 0; ; attempt++)
        {
            var ready = await ReadyAsync();
            if (ready.Status == wanted || attempt == 600)
            {
                return ready;
            }

            await Task.Delay(100, Cancel);
        }
    }

    public async Task<Answer> PostAsync(string query, object? variables = null)
    {
        using var response = await http.PostAsJsonAsync($"/t/{portal.Tenant}/graphql", new { query, variables }, Cancel);
        var body = await response.Content.ReadAsStringAsync(Cancel);
        return new Answer(response.StatusCode, response.Headers.RetryAfter?.Delta, JsonDocument.Parse(body).RootElement.Clone());
    }

    public void Dispose() => http.Dispose();

    public sealed record Answer(HttpStatusCode Status, TimeSpan? RetryAfter, JsonElement Json)
    {
        public string? Code => Json.TryGetProperty("errors", out var errors) ? errors[0].GetProperty("extensions").GetProperty("code").GetString() : null;

        public string Id(string field) => Json.GetProperty("data").GetProperty(field).GetProperty("id").GetString()!;
    }
}
