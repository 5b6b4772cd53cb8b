using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Showcase.Testing;

namespace Showcase.Silo.Tests.Security;

public sealed class RateLimitTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PerUserLimit_Exceeded_Answers429WithRetryAfterAndGraphQLCode_OtherUsersUnaffected()
    {
        await using var host = new ShowcaseHost(settings: new Dictionary<string, string?>
        {
            ["Showcase:RateLimits:PerUserPerMinute"] = "3",
            ["Showcase:RateLimits:PerTenantPerMinute"] = "1000",
        });
        var portal = await host.CreatePortalAsync();
        using var curator = Client(host, portal.TokenOf(TestPortal.Curator));
        using var admin = Client(host, portal.TokenOf(TestPortal.Admin));

        for (var i = 0; i < 3; i++)
        {
            using var allowed = await PostAsync(curator, portal);
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var refused = await PostAsync(curator, portal);
        using var otherUser = await PostAsync(admin, portal);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(int.Parse(Assert.Single(refused.Headers.GetValues("Retry-After"))) is > 0 and <= 60);
        Assert.Contains("RATE_LIMITED", await refused.Content.ReadAsStringAsync(Cancel));
        Assert.Equal(HttpStatusCode.OK, otherUser.StatusCode);
    }

    [Fact]
    public async Task SignInLimit_Exceeded_RefusesFurtherSignInPostsFromThatAddressButNotPages()
    {
        await using var host = new ShowcaseHost(settings: new Dictionary<string, string?> { ["Showcase:RateLimits:SignInsPerMinute"] = "2" });
        var portal = await host.CreatePortalAsync();
        using var client = host.CreateClient();
        var form = new Dictionary<string, string> { ["SignIn.Login"] = TestPortal.Curator, ["SignIn.Password"] = "wrong-password" };

        for (var i = 0; i < 2; i++)
        {
            using var counted = await client.PostAsync($"/t/{portal.Tenant}/login", new FormUrlEncodedContent(form), Cancel);
            Assert.NotEqual(HttpStatusCode.TooManyRequests, counted.StatusCode);
        }

        using var refused = await client.PostAsync($"/t/{portal.Tenant}/login", new FormUrlEncodedContent(form), Cancel);
        using var page = await client.GetAsync($"/t/{portal.Tenant}/login", Cancel);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task WrongPasswordsFromOneAddress_OverManyLogins_PauseEveryProofFromIt()
    {
        await using var host = new ShowcaseHost(settings: new Dictionary<string, string?> { ["Showcase:SignIn:PerAddress:FailuresBeforePause"] = "3" });
        var portal = await host.CreatePortalAsync();
        using var http = host.CreateClient();

        var guesses = new List<string>();
        foreach (var login in new[] { TestPortal.Curator, TestPortal.Reviewer, "nobody" })
        {
            using var guess = await SignInAsync(http, portal, login, "wrong-password");
            guesses.Add(await guess.Content.ReadAsStringAsync(Cancel));
        }

        using var right = await SignInAsync(http, portal, TestPortal.Provider, TestPortal.Password);

        Assert.All(guesses, body => Assert.Contains("INVALID_CREDENTIALS", body));
        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        Assert.True(int.Parse(Assert.Single(right.Headers.GetValues("Retry-After"))) is > 0 and <= 60);
        Assert.Contains("RATE_LIMITED", await right.Content.ReadAsStringAsync(Cancel));
    }

    [Fact]
    public async Task BehindATrustedProxy_EachForwardedClientIsThrottledOnItsOwn()
    {
        await using var host = new ShowcaseHost(httpPort: FreePorts.Next(), settings: new Dictionary<string, string?>
        {
            ["Showcase:TrustedProxies"] = "127.0.0.1",
            ["Showcase:SignIn:PerAddress:FailuresBeforePause"] = "2",
        });
        var portal = await host.CreatePortalAsync();
        using var guesser = new HttpClient { BaseAddress = host.BaseAddress };
        guesser.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.7");
        using var colleague = new HttpClient { BaseAddress = host.BaseAddress };
        colleague.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.8");

        foreach (var login in new[] { TestPortal.Curator, TestPortal.Reviewer })
        {
            using var guess = await SignInAsync(guesser, portal, login, "wrong-password");
        }

        using var guesserAgain = await SignInAsync(guesser, portal, TestPortal.Provider, TestPortal.Password);
        using var colleagues = await SignInAsync(colleague, portal, TestPortal.Provider, TestPortal.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, guesserAgain.StatusCode);
        Assert.Equal(HttpStatusCode.OK, colleagues.StatusCode);
        Assert.Contains("\"token\"", await colleagues.Content.ReadAsStringAsync(Cancel));
    }

    [Fact]
    public async Task PerTenantLimit_Exceeded_RefusesEveryoneInThatTenantOnly()
    {
        await using var host = new ShowcaseHost(settings: new Dictionary<string, string?>
        {
            ["Showcase:RateLimits:PerUserPerMinute"] = "1000",
            ["Showcase:RateLimits:PerTenantPerMinute"] = "4",
        });
        var busy = await host.CreatePortalAsync();
        var quiet = await host.CreatePortalAsync();
        using var http = host.CreateClient();

        for (var i = 0; i < 4; i++)
        {
            using var allowed = await PostAsync(http, busy);
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var refused = await PostAsync(http, busy);
        using var elsewhere = await PostAsync(http, quiet);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.Contains("Retry-After"));
        Assert.Equal(HttpStatusCode.OK, elsewhere.StatusCode);
    }

    private static HttpClient Client(ShowcaseHost host, string token)
    {
        var http = host.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    private static Task<HttpResponseMessage> SignInAsync(HttpClient http, TestPortal portal, string login, string password) =>
        http.PostAsJsonAsync($"/t/{portal.Tenant}/graphql", new
        {
            query = "mutation($login: String!, $password: String!) { createAccessToken(login: $login, password: $password, name: \"脚本\") { token } }",
            variables = new { login, password },
        }, Cancel);

    private static Task<HttpResponseMessage> PostAsync(HttpClient http, TestPortal portal) =>
        http.PostAsJsonAsync($"/t/{portal.Tenant}/graphql", new { query = "{ tenant { id } }" }, Cancel);
}
