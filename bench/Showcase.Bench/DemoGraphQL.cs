using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace Showcase.Bench;

/// <summary>The demo portal's GraphQL endpoint, for the benchmarks that drive a host over HTTP.</summary>
public static class DemoGraphQL
{
    /// <summary>The answer's <c>data</c>; throws with the whole answer when it has none (errors, a refusal).</summary>
    public static async Task<JsonElement> DataAsync(HttpClient http, string query, object? variables = null)
    {
        using var response = await http.PostAsJsonAsync("/t/demo/graphql", new { query, variables });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.ValueKind == JsonValueKind.Object && body.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
            ? data
            : throw new InvalidOperationException($"GraphQL answered {response.StatusCode}: {body}");
    }

    /// <summary>Waits (up to two minutes) until the demo portal shows its seeded cases to anonymous visitors.</summary>
    public static async Task UntilSeededAsync(HttpClient http)
    {
        var waiting = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                if ((await DataAsync(http, "{ cases(first: 1) { totalCount } }")).GetProperty("cases").GetProperty("totalCount").GetInt32() >= 200)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is InvalidOperationException or JsonException && waiting.Elapsed < TimeSpan.FromMinutes(2))
            {
                // Still starting.
            }

            if (waiting.Elapsed > TimeSpan.FromMinutes(2))
            {
                throw new TimeoutException("The demo portal was not seeded within two minutes.");
            }

            await Task.Delay(500);
        }
    }

    /// <summary>An access token of the demo portal's curator, through <c>createAccessToken</c>.</summary>
    public static async Task<string> CuratorTokenAsync(HttpClient http) =>
        (await DataAsync(http, "mutation { createAccessToken(login: \"curator\", password: \"showcase-demo-2026\", name: \"bench\", expiresInDays: 1) { token } }"))
            .GetProperty("createAccessToken").GetProperty("token").GetString()!;
}
