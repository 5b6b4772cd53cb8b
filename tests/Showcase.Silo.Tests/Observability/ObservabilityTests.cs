using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Showcase.Audit;
using Showcase.Challenges;
using Showcase.Common;
using Showcase.Silo.Hosting;
using Showcase.Silo.Observability;
using Showcase.Testing;

namespace Showcase.Silo.Tests.Observability;

public sealed class ObservabilityTests : IAsyncLifetime
{
    private readonly ShowcaseHost _host = new();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Liveness_AndReadiness_ReportTheSiloTheDatabaseAndTheSearchEngine()
    {
        using var client = _host.CreateClient();

        using var live = await client.GetAsync("/health/live", Cancel);
        using var ready = await client.GetAsync("/health/ready", Cancel);
        var report = JsonDocument.Parse(await ready.Content.ReadAsStringAsync(Cancel)).RootElement;

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (live.StatusCode, ready.StatusCode));
        Assert.Equal("Healthy", report.GetProperty("status").GetString());
        Assert.Equal(["database", "search", "silo"], report.GetProperty("checks").EnumerateObject().Select(c => c.Name).Order());
        Assert.Equal("SQLite", report.GetProperty("checks").GetProperty("database").GetProperty("description").GetString());
        Assert.Equal("Lucene", report.GetProperty("checks").GetProperty("search").GetProperty("description").GetString());
    }

    [Fact]
    public async Task DatabaseCheck_IsUnhealthy_WhenPostgreSqlDoesNotAnswer()
    {
        var options = Options.Create(new ShowcaseOptions
        {
            Storage = GrainStorageKind.PostgreSQL,
            PostgreSQL = $"Host=127.0.0.1;Port={FreePorts.Next()};Username=nobody;Timeout=2",
        });
        var check = new DatabaseReadinessCheck(options, new StubEnvironment(), TimeProvider.System);

        var result = await check.CheckHealthAsync(new HealthCheckContext(), Cancel);

        Assert.Equal((HealthStatus.Unhealthy, "PostgreSQL did not take a write."), (result.Status, result.Description));
    }

    [Fact]
    public async Task Metrics_CountGraphQLOperations_Searches_AndBids_ForPrometheus()
    {
        using var client = _host.CreateClient();
        var tenant = await _host.CreateTenantAsync();
        using var graphQL = await client.PostAsJsonAsync($"/t/{tenant}/graphql", new { query = "{ __typename }" }, Cancel);
        using var search = await client.GetAsync($"/t/{tenant}/search?q=质量", Cancel);
        await BidTwiceAsync(tenant);

        var metrics = await client.GetStringAsync("/metrics", Cancel);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (graphQL.StatusCode, search.StatusCode));
        Assert.Matches("""showcase_graphql_duration_seconds_count\{[^}]*graphql_operation_type="query"[^}]*outcome="ok"[^}]*\} [1-9]""", metrics);
        Assert.Matches("""showcase_search_duration_seconds_count\{[^}]*shape="search"[^}]*\} [1-9]""", metrics);
        Assert.Matches("""showcase_bids_total\{[^}]*outcome="stored"[^}]*\} [1-9]""", metrics);
        Assert.Matches("""showcase_bids_total\{[^}]*outcome="repeated"[^}]*\} [1-9]""", metrics);
        Assert.Contains("showcase_bid_duration_seconds_bucket", metrics);
        Assert.Contains("orleans_", metrics);
    }

    private async Task BidTwiceAsync(Showcase.Tenancy.TenantId tenant)
    {
        var challenge = _host.Grains.GetChallenge(new ChallengeKey(tenant, EntityId.New()));
        await challenge.CreateAsync(new ChallengeContent
        {
            Title = "焊点质量在线检测",
            Background = "人工抽检漏检率高。",
            Goals = "焊点 100% 在线检测。",
            Indicators = [new ChallengeIndicator("漏检率", "≤ 0.5", "%")],
            BudgetMin = 200,
            BudgetMax = 500,
            BidsDue = DateTimeOffset.UtcNow.AddDays(30),
            Industry = "automotive",
            Domain = "quality",
        }, Owner.Nobody, Actor.System);
        await challenge.OpenAsync(Actor.System);
        await new CatalogSeed(_host.Grains, tenant).ProviderAsync("vision", CatalogSeed.Provider("视界科技"));
        var bid = new BidContent { Proposal = "机器视觉在线检测。", Price = 380, Schedule = "6 个月", Team = ["王工"] };
        await challenge.SubmitBidAsync(EntityId.Parse("vision"), bid, "op-1", Actor.System);
        await challenge.SubmitBidAsync(EntityId.Parse("vision"), bid, "op-1", Actor.System);
    }

    private sealed class StubEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Production";

        public string ApplicationName { get; set; } = "tests";

        public string ContentRootPath { get; set; } = Path.GetTempPath();

        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = null!;
    }
}
