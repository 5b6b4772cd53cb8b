using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Showcase.Tenancy;

namespace Showcase.Api.Tests.GraphQL;

/// <summary>The endpoint against the GraphQL-over-HTTP specification, through the host's real pipeline.</summary>
public sealed class GraphQLHttpTests(HostFixture fixture)
{
    private HttpClient Http => fixture.GraphQL.Http;

    [Fact]
    public async Task Post_Query_AnswersGraphQLResponseJsonWithReadableChinese()
    {
        var tenant = await fixture.Host.CreateTenantAsync("浙江省经信厅门户");

        var response = await fixture.GraphQL.PostAsync(tenant, "{ tenant { id name } }");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("application/graphql-response+json", response.ContentType);
        Assert.Contains("浙江省经信厅门户", response.Body);
        Assert.Equal(tenant.Value, response.Data.GetProperty("tenant").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Get_Query_IsExecuted()
    {
        var tenant = await fixture.Host.CreateTenantAsync();

        using var response = await Http.GetAsync($"/t/{tenant}/graphql?query={Uri.EscapeDataString("{ tenant { id } }")}", Cancel);
        var body = await GraphQLResponse.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, body.Status);
        Assert.Equal(tenant.Value, body.EnsureNoErrors().Data.GetProperty("tenant").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Get_Mutation_Returns405WithAllowPostAndChangesNothing()
    {
        var tenant = await fixture.Host.CreateTenantAsync();
        var mutation = Uri.EscapeDataString("mutation { createScenario(input: { title: \"经 GET 提交\" }) { id } }");

        using var response = await Http.GetAsync($"/t/{tenant}/graphql?query={mutation}", Cancel);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
        var count = await fixture.GraphQL.PostAsync(tenant, "{ scenarios { totalCount } }");
        Assert.Equal(0, count.Data.GetProperty("scenarios").GetProperty("totalCount").GetInt32());
    }

    [Theory]
    [InlineData("{ \"query\": ", "INVALID_JSON")]
    [InlineData("[{ \"query\": \"{ tenant { id } }\" }]", "BATCHING_NOT_SUPPORTED")]
    [InlineData("{ \"variables\": {} }", "QUERY_MISSING")]
    [InlineData("\"just a string\"", "INVALID_REQUEST")]
    public async Task Post_MalformedBody_Returns400WithCode(string body, string code)
    {
        var tenant = await fixture.Host.CreateTenantAsync();

        using var response = await Http.PostAsync($"/t/{tenant}/graphql", new StringContent(body, Encoding.UTF8, "application/json"), Cancel);
        var parsed = await GraphQLResponse.ReadAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, parsed.Status);
        Assert.Equal(code, Assert.Single(parsed.Errors).Code);
    }

    [Fact]
    public async Task Post_NotJson_Returns415()
    {
        var tenant = await fixture.Host.CreateTenantAsync();

        using var response = await Http.PostAsync($"/t/{tenant}/graphql", new StringContent("{ tenant { id } }", Encoding.UTF8, "text/plain"), Cancel);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Post_SyntaxError_Is400ForGraphQLResponseJsonAnd200ForLegacyJson()
    {
        var tenant = await fixture.Host.CreateTenantAsync();

        var modern = await PostWithAcceptAsync(tenant, "{ tenant { id ", "application/graphql-response+json");
        var legacy = await PostWithAcceptAsync(tenant, "{ tenant { id ", "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, modern.Status);
        Assert.Equal("SYNTAX_ERROR", Assert.Single(modern.Errors).Code);
        Assert.Equal(HttpStatusCode.OK, legacy.Status);
        Assert.Equal("application/json", legacy.ContentType);
    }

    [Fact]
    public async Task Post_AcceptsNeitherMediaType_Returns406()
    {
        var tenant = await fixture.Host.CreateTenantAsync();

        var response = await PostWithAcceptAsync(tenant, "{ tenant { id } }", "text/html");

        Assert.Equal(HttpStatusCode.NotAcceptable, response.Status);
    }

    [Fact]
    public async Task Post_UnknownTenant_Returns404()
    {
        using var response = await Http.PostAsync("/t/no-such-portal/graphql",
            new StringContent("{ \"query\": \"{ tenant { id } }\" }", Encoding.UTF8, "application/json"), Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<GraphQLResponse> PostWithAcceptAsync(TenantId tenant, string query, string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/t/{tenant}/graphql")
        {
            Content = new StringContent(System.Text.Json.JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        using var response = await Http.SendAsync(request, Cancel);
        return await GraphQLResponse.ReadAsync(response);
    }
}
