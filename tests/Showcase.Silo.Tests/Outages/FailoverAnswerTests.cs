using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Showcase.Silo.Storage;
using Showcase.Silo.Tests.PostgreSql;
using Showcase.Testing;

namespace Showcase.Silo.Tests.Outages;

/// <summary>
/// Two hosts in one PostgreSQL cluster; one is killed with SIGKILL. Until the survivor takes over the dead host's
/// grains, requests that need them (the access token's account) answer 503 UNAVAILABLE with Retry-After, never 500.
/// Each host searches its own Lucene replica, fed by the cluster's change log.
/// </summary>
public sealed class FailoverAnswerTests(PostgresFixture postgres)
{
    private const int Accounts = 8;
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task KillingAHost_RequestsForItsGrains_Answer503Unavailable_UntilTheSurvivorServesThem()
    {
        var database = await postgres.CreateDatabaseAsync();
        await PostgreSqlSchema.ApplyAsync(database, Cancel);
        var cluster = new Dictionary<string, string>
        {
            ["Showcase:Storage"] = "PostgreSQL",
            ["Showcase:Clustering"] = "PostgreSQL",
            ["Showcase:PostgreSQL"] = database,
            ["Showcase:AdvertisedHost"] = "127.0.0.1",
        };
        await using var survivor = new ShowcaseHost(settings: cluster.ToDictionary(s => s.Key, s => (string?)s.Value));
        var portal = await survivor.CreatePortalAsync();
        await using var victim = await ShowcaseProcess.StartAsync(new Dictionary<string, string>(cluster)
        {
            ["Showcase:DataPath"] = TestFolders.NewDataFolder(),
            ["Showcase:SiloPort"] = FreePorts.Next().ToString(),
            ["Showcase:GatewayPort"] = FreePorts.Next().ToString(),
            ["Showcase:SeedDemoContent"] = "false",
            ["Showcase:PlatformAdmin:Password"] = ShowcaseHost.PlatformAdminPassword,
        }, Cancel);

        // Accounts made through the victim live on its silo (Orleans places a new grain where it is first called).
        using var onVictim = new HttpClient { BaseAddress = victim.Address };
        var tokens = new List<string>();
        for (var i = 0; i < Accounts; i++)
        {
            var login = $"person-{i}";
            await GraphQLAsync(onVictim, portal, portal.TokenOf(TestPortal.Admin),
                $"mutation {{ createAccount(login: \"{login}\", displayName: \"成员{i}\", password: \"{TestPortal.Password}\", roles: [REVIEWER]) {{ login }} }}");
            using var issued = await GraphQLAsync(onVictim, portal, null,
                $"mutation {{ createAccessToken(login: \"{login}\", password: \"{TestPortal.Password}\", name: \"脚本\") {{ token }} }}");
            tokens.Add((await issued.Content.ReadFromJsonAsync<Issued>(Cancel))!.Data.CreateAccessToken.Token);
        }

        await victim.KillAsync();
        using var onSurvivor = survivor.CreateClient();
        var answers = new List<(HttpStatusCode Status, string Body, TimeSpan? RetryAfter)>();
        for (var round = 0; round < 300; round++)
        {
            var statuses = new List<HttpStatusCode>();
            foreach (var token in tokens)
            {
                using var response = await GraphQLAsync(onSurvivor, portal, token, "{ me { login } }");
                answers.Add((response.StatusCode, await response.Content.ReadAsStringAsync(Cancel), response.Headers.RetryAfter?.Delta));
                statuses.Add(response.StatusCode);
            }

            if (statuses.All(s => s == HttpStatusCode.OK))
            {
                break;
            }

            await Task.Delay(200, Cancel);
        }

        var unavailable = answers.Where(a => a.Status == HttpStatusCode.ServiceUnavailable).ToList();
        Assert.All(answers, a => Assert.Contains(a.Status, new[] { HttpStatusCode.OK, HttpStatusCode.ServiceUnavailable }));
        Assert.NotEmpty(unavailable);
        Assert.All(unavailable, a => Assert.Equal(("UNAVAILABLE", TimeSpan.FromSeconds(5)), (Code(a.Body), a.RetryAfter)));
        Assert.All(answers.TakeLast(Accounts), a => Assert.Equal(HttpStatusCode.OK, a.Status));
        TestContext.Current.TestOutputHelper?.WriteLine($"{answers.Count} requests, {unavailable.Count} answered 503 while the survivor took over.");
    }

    private static async Task<HttpResponseMessage> GraphQLAsync(HttpClient http, TestPortal portal, string? token, string query)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/t/{portal.Tenant}/graphql") { Content = JsonContent.Create(new { query }) };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await http.SendAsync(request, Cancel);
    }

    private static string? Code(string body) =>
        System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();

    private sealed record Issued(IssuedData Data);

    private sealed record IssuedData(IssuedToken CreateAccessToken);

    private sealed record IssuedToken(string Token);
}
