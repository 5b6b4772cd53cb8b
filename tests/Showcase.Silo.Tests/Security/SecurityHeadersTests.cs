using System.Net;
using System.Text.RegularExpressions;
using Showcase.Testing;

namespace Showcase.Silo.Tests.Security;

/// <summary>One demo host for the class: these tests only read pages and post forms that change nothing.</summary>
public sealed class DemoHostFixture : IAsyncLifetime
{
    public ShowcaseHost Host { get; } = new(seedDemoContent: true);

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await Host.DisposeAsync();
}

public sealed partial class SecurityHeadersTests(DemoHostFixture fixture) : IClassFixture<DemoHostFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/t/demo/")]
    [InlineData("/t/demo/login")]
    [InlineData("/t/demo/scenarios")]
    [InlineData("/t/demo/graphql?query=%7Btenant%7Bid%7D%7D")]
    [InlineData("/t/no-such-portal/")]
    [InlineData("/t/demo/no-such-page")]
    [InlineData("/health")]
    public async Task EveryResponse_CarriesTheSecurityHeaders(string path)
    {
        using var http = fixture.Host.CreateClient();

        using var response = await http.GetAsync(path, Cancel);

        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp);
        Assert.Contains("script-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task FormPost_WithoutAntiforgeryToken_IsRejectedAndSignsNobodyIn()
    {
        using var http = fixture.Host.CreateClient();

        using var response = await http.PostAsync("/t/demo/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["SignIn.Login"] = "curator",
            ["SignIn.Password"] = "showcase-demo-2026",
        }), Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("showcase.session", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("/t/demo/login")]
    [InlineData("/t/demo/logout")]
    public async Task EveryRenderedForm_CarriesAnAntiforgeryToken(string path)
    {
        using var http = fixture.Host.CreateClient();

        var html = await http.GetStringAsync(path, Cancel);

        var forms = Form().Matches(html);
        Assert.NotEmpty(forms);
        Assert.All(forms, form => Assert.Contains("__RequestVerificationToken", form.Value));
    }

    [GeneratedRegex("<form[^>]*method=\"post\"[\\s\\S]*?</form>")]
    private static partial Regex Form();
}
