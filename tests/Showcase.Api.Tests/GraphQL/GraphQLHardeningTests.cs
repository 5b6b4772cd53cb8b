using System.Net;
using System.Text;
using Showcase.Testing;

namespace Showcase.Api.Tests.GraphQL;

/// <summary>What a production host does not give away: introspection, the explorer, suggestions, bad tokens.</summary>
public sealed class GraphQLHardeningTests(HostFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Introspection_InProduction_IsRefusedBeforeExecution()
    {
        var tenant = await fixture.Host.CreateTenantAsync();

        var schema = await fixture.GraphQL.PostAsync(tenant, "{ __schema { types { name } } }");
        var type = await fixture.GraphQL.PostAsync(tenant, "{ __type(name: \"Scenario\") { fields { name } } }");

        Assert.Equal(HttpStatusCode.BadRequest, schema.Status);
        Assert.Equal("NO_INTROSPECTION", schema.FirstCode);
        Assert.False(schema.Json.TryGetProperty("data", out _));
        Assert.Equal("NO_INTROSPECTION", type.FirstCode);
    }

    [Fact]
    public async Task StandardIntrospectionQuery_InProduction_IsRefused()
    {
        var tenant = await fixture.Host.CreateTenantAsync();

        var response = await fixture.GraphQL.PostAsync(tenant, StandardIntrospection.Query);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("NO_INTROSPECTION", response.FirstCode);
    }

    [Fact]
    public async Task ExplorerAndSchemaFile_InProduction_AreNotServed()
    {
        var tenant = await fixture.Host.CreateTenantAsync();
        var http = fixture.GraphQL.Http;

        using var explorer = await http.GetAsync($"/t/{tenant}/graphql/explorer", Cancel);
        using var sdl = await http.GetAsync($"/t/{tenant}/graphql/schema.graphql", Cancel);

        Assert.Equal(HttpStatusCode.NotFound, explorer.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, sdl.StatusCode);
    }

    [Fact]
    public async Task MisspelledField_InProduction_ErrorHasNoSuggestion()
    {
        var tenant = await fixture.Host.CreateTenantAsync();

        var response = await fixture.GraphQL.PostAsync(tenant, "{ scenarioz { totalCount } }");

        var error = Assert.Single(response.Errors);
        Assert.Contains("scenarioz", error.Message);
        Assert.DoesNotContain("Did you mean", error.Message);
        Assert.DoesNotContain("scenarios", error.Message);
    }

    [Theory]
    [InlineData("sct_nonsense")]
    [InlineData("sct_demo_admin_0123456789abcdef_0000000000000000000000000000000000000000000000000000000000000000")]
    public async Task UnknownAccessToken_Is401_NotAnonymous(string token)
    {
        var tenant = await fixture.Host.CreateTenantAsync();

        var response = await fixture.GraphQL.As(token).PostAsync(tenant, "{ tenant { id } }");

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal("UNAUTHENTICATED", response.FirstCode);
    }

    [Fact]
    public async Task Batch_IsRefused()
    {
        var tenant = await fixture.Host.CreateTenantAsync();

        using var response = await fixture.GraphQL.Http.PostAsync($"/t/{tenant}/graphql",
            new StringContent("[{\"query\":\"{ tenant { id } }\"},{\"query\":\"{ tenant { id } }\"}]", Encoding.UTF8, "application/json"), Cancel);
        var body = await GraphQLResponse.ReadAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BATCHING_NOT_SUPPORTED", body.FirstCode);
    }
}

/// <summary>
/// A host configured as a developer would run it: introspection and explorer on; its complexity limit is low, so
/// that a small ordinary query shows the limit still applies beside introspection.
/// </summary>
public sealed class OpenGraphQLHostFixture : IAsyncLifetime
{
    public ShowcaseHost Host { get; } = new(settings: new Dictionary<string, string?>
    {
        ["Showcase:GraphQL:EnableIntrospection"] = "true",
        ["Showcase:GraphQL:EnableExplorer"] = "true",
        ["Showcase:GraphQL:MaxComplexity"] = "50",
    });

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await Host.DisposeAsync();
}

public sealed class OpenGraphQLTests(OpenGraphQLHostFixture fixture) : IClassFixture<OpenGraphQLHostFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Explorer_WhenEnabled_IsServedByTheHostWithoutExternalScripts()
    {
        var tenant = await fixture.Host.CreateTenantAsync();
        using var http = fixture.Host.CreateClient();

        var html = await http.GetStringAsync($"/t/{tenant}/graphql/explorer", Cancel);
        var script = await http.GetStringAsync($"/t/{tenant}/graphql/explorer.js", Cancel);
        var sdl = await http.GetStringAsync($"/t/{tenant}/graphql/schema.graphql", Cancel);

        Assert.Contains("GraphQL 调试台", html);
        Assert.DoesNotContain("https://", html);
        Assert.DoesNotContain("<style", html);
        Assert.Contains("application/graphql-response+json", script);
        Assert.Contains("type Query", sdl);
    }

    [Fact]
    public async Task Introspection_DeeperThanLimit_IsRefusedBeforeExecution()
    {
        var tenant = await fixture.Host.CreateTenantAsync();
        var client = new GraphQLClient(fixture.Host.CreateClient());
        var nested = "name " + string.Concat(Enumerable.Repeat("ofType { name ", 12)) + new string('}', 12);

        var shallow = await client.PostAsync(tenant, "{ __type(name: \"Scenario\") { name } }");
        var deep = await client.PostAsync(tenant, $"{{ __schema {{ types {{ fields {{ type {{ {nested} }} }} }} }} }}");

        shallow.EnsureNoErrors();
        Assert.Equal(HttpStatusCode.BadRequest, deep.Status);
        Assert.Equal("COMPLEXITY", deep.FirstCode);
        Assert.Contains("嵌套 16 层", deep.Errors[0].Message);
    }

    [Fact]
    public async Task StandardIntrospectionQuery_WhenEnabled_IsAnswered()
    {
        var tenant = await fixture.Host.CreateTenantAsync();
        var client = new GraphQLClient(fixture.Host.CreateClient());

        var response = await client.PostAsync(tenant, StandardIntrospection.Query);

        response.EnsureNoErrors();
        var types = response.Data.GetProperty("__schema").GetProperty("types").EnumerateArray().Select(t => t.GetProperty("name").GetString()).ToList();
        Assert.Contains("Case", types);
        Assert.Contains("Challenge", types);
    }

    [Fact]
    public async Task IntrospectionThatMultipliesLists_WhenEnabled_IsRefused()
    {
        var tenant = await fixture.Host.CreateTenantAsync();
        var client = new GraphQLClient(fixture.Host.CreateClient());

        var response = await client.PostAsync(tenant, "{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("COMPLEXITY", response.FirstCode);
    }

    [Fact]
    public async Task OrdinaryQuery_WhenIntrospectionIsEnabled_KeepsTheComplexityLimit()
    {
        var tenant = await fixture.Host.CreateTenantAsync();
        var client = new GraphQLClient(fixture.Host.CreateClient());

        var response = await client.PostAsync(tenant, "{ __typename cases(first: 100) { items { id title } } }");

        Assert.Equal("COMPLEXITY", response.FirstCode);
    }
}
