using System.Net;
using System.Net.Http.Json;
using Showcase.Testing;

namespace Showcase.Silo.Tests.Security;

/// <summary>Sign-ups, invitation acceptances and reset requests are limited per address and per login, every attempt counting.</summary>
public sealed class AccountRequestLimitTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ResetRequests_ForOneLogin_AndSignUpsFromOneAddress_Answer429WithRetryAfter()
    {
        await using var host = new ShowcaseHost(settings: new Dictionary<string, string?>
        {
            ["Showcase:SignIn:AccountRequestsPerLogin:FailuresBeforePause"] = "3",
            ["Showcase:SignIn:AccountRequestsPerAddress:FailuresBeforePause"] = "4",
        });
        var portal = await host.CreatePortalAsync();
        using var client = host.CreateClient();

        var resets = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await PostAsync(client, portal, "mutation { requestPasswordReset(login: \"enterprise\") }");
            resets.Add(response.StatusCode);
        }

        using var otherLogin = await PostAsync(client, portal, "mutation { requestPasswordReset(login: \"curator\") }");
        var signUps = new List<HttpStatusCode>();
        HttpResponseMessage? refused = null;
        for (var i = 0; i < 5; i++)
        {
            refused?.Dispose();
            refused = await PostAsync(client, portal, $"mutation {{ signUp(input: {{ login: \"person-{i}\", displayName: \"某人\", password: \"x\" }}) {{ joining }} }}");
            signUps.Add(refused.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], resets);
        Assert.Equal(HttpStatusCode.OK, otherLogin.StatusCode);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], signUps);
        Assert.True(int.Parse(Assert.Single(refused!.Headers.GetValues("Retry-After"))) > 0);
        Assert.Contains("RATE_LIMITED", await refused.Content.ReadAsStringAsync(Cancel));
        refused.Dispose();
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, TestPortal portal, string query) =>
        client.PostAsJsonAsync($"/t/{portal.Tenant}/graphql", new { query }, Cancel);
}
