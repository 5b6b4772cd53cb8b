using System.Net;
using System.Text;

namespace Showcase.Api.Tests.GraphQL;

/// <summary>
/// Documents too large to validate cheaply are refused before validation, with a sentence and a stable code; requests
/// too large to read get 413; depth bombs are parse errors, not internal ones.
/// </summary>
public sealed class DocumentLimitTests(HostFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(101)]
    [InlineData(5_000)]
    [InlineData(50_000)]
    public async Task RepeatedFields_PastALimit_AreRefusedBeforeValidation(int fields)
    {
        var tenant = await fixture.Host.CreateTenantAsync();

        var response = await fixture.GraphQL.PostAsync(tenant, "{ " + Repeat("__typename ", fields) + "}");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("DOCUMENT_TOO_LARGE", response.FirstCode);
        Assert.False(response.Json.TryGetProperty("data", out _));
    }

    public static TheoryData<string> MergedSelections => new()
    {
        // Inline fragments merge into their set, same-named fields' subfields into one set, spread fragments likewise:
        // each of these is 40 small sets that field merging would compare as one of 3,960 fields.
        "{ " + Repeat("... on Query { " + Repeat("__typename ", 99) + "} ", 40) + "}",
        "{ " + Repeat("tenant { " + Repeat("id ", 99) + "} ", 40) + "}",
        "{ " + string.Concat(Enumerable.Range(0, 40).Select(i => $"...F{i} ")) + "} "
            + string.Concat(Enumerable.Range(0, 40).Select(i => $"fragment F{i} on Query {{ tenant {{ {Repeat("id ", 99)}}} }} ")),
    };

    [Theory]
    [MemberData(nameof(MergedSelections))]
    public async Task SmallSetsThatMergeIntoAWideOne_AreRefusedBeforeValidation(string query)
    {
        var tenant = await fixture.Host.CreateTenantAsync();

        var response = await fixture.GraphQL.PostAsync(tenant, query);

        Assert.Equal("DOCUMENT_TOO_LARGE", response.FirstCode);
        Assert.Contains("合并后有 3960 个字段", response.Errors[0].Message);
    }

    [Fact]
    public async Task HundredFieldsInOneSelectionSet_AreAnswered()
    {
        var tenant = await fixture.Host.CreateTenantAsync();

        var response = await fixture.GraphQL.PostAsync(tenant, "{ tenant { " + Repeat("id ", 99) + "} }");

        response.EnsureNoErrors();
        Assert.Equal(tenant.ToString(), response.Data.GetProperty("tenant").GetProperty("id").GetString());
    }

    [Fact]
    public async Task NestedFragmentsThatMultiplyFields_AreRefusedBeforeValidation()
    {
        var tenant = await fixture.Host.CreateTenantAsync();
        // Each fragment spreads the next twice: 2^20 fields once spread out, in a document of 40 spreads.
        var fragments = string.Concat(Enumerable.Range(0, 20).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }} "));

        var response = await fixture.GraphQL.PostAsync(tenant, "{ ...F0 } " + fragments + "fragment F20 on Query { __typename }");

        Assert.Equal("DOCUMENT_TOO_LARGE", response.FirstCode);
        Assert.Contains("1048576", response.Errors[0].Message);
    }

    [Fact]
    public async Task TooManyAliases_AreRefused()
    {
        var tenant = await fixture.Host.CreateTenantAsync();

        var response = await fixture.GraphQL.PostAsync(tenant, "{ " + string.Concat(Enumerable.Range(0, 51).Select(i => $"a{i}: tenant {{ id }} ")) + "}");

        Assert.Equal("DOCUMENT_TOO_LARGE", response.FirstCode);
        Assert.Contains("别名", response.Errors[0].Message);
    }

    [Theory]
    [InlineData("application/graphql-response+json", HttpStatusCode.BadRequest)]
    [InlineData("application/json", HttpStatusCode.OK)]
    public async Task ThreeThousandNestedInlineFragments_AreAParseRefusal(string accept, HttpStatusCode status)
    {
        var tenant = await fixture.Host.CreateTenantAsync();

        var response = await PostAsync(tenant, "{ " + Repeat("... on Query { ", 3_000) + "__typename" + Repeat(" }", 3_000) + " }", accept);

        Assert.Equal(status, response.Status);
        Assert.Equal("DOCUMENT_TOO_LARGE", response.FirstCode);
        Assert.Contains("嵌套", response.Errors[0].Message);
    }

    [Fact]
    public async Task ListLiteralNestedFiveThousandDeep_IsAParseRefusal()
    {
        var tenant = await fixture.Host.CreateTenantAsync();

        var response = await fixture.GraphQL.PostAsync(tenant, "{ search(query: " + new string('[', 5_000) + new string(']', 5_000) + ") { total } }");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("DOCUMENT_TOO_LARGE", response.FirstCode);
    }

    [Fact]
    public async Task SyntaxError_SaysWhere()
    {
        var tenant = await fixture.Host.CreateTenantAsync();

        var response = await fixture.GraphQL.PostAsync(tenant, "{ tenant { id }\n  ) }");

        Assert.Equal("SYNTAX_ERROR", response.FirstCode);
        Assert.Contains("第 2 行", response.Errors[0].Message);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task BodyOverTheLimit_Is413_WithOrWithoutDeclaredLength(bool declared)
    {
        var tenant = await fixture.Host.CreateTenantAsync();
        var body = "{\"query\":\"{ tenant { id } }\",\"variables\":{\"padding\":\"" + new string('x', 3 * 1024 * 1024) + "\"}}";
        using HttpContent content = declared
            ? new StringContent(body, Encoding.UTF8, "application/json")
            : new StreamContent(new UndeclaredLengthStream(Encoding.UTF8.GetBytes(body)));
        content.Headers.ContentType = new("application/json");

        using var response = await fixture.GraphQL.Http.PostAsync($"/t/{tenant}/graphql", content, Cancel);
        var answer = await GraphQLResponse.ReadAsync(response);

        Assert.Equal(declared, content.Headers.ContentLength is not null);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("REQUEST_TOO_LARGE", answer.FirstCode);
    }

    private async Task<GraphQLResponse> PostAsync(Showcase.Tenancy.TenantId tenant, string query, string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/t/{tenant}/graphql")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { query }),
        };
        request.Headers.Accept.ParseAdd(accept);
        using var response = await fixture.GraphQL.Http.SendAsync(request, Cancel);
        return await GraphQLResponse.ReadAsync(response);
    }

    private static string Repeat(string text, int times) => string.Concat(Enumerable.Repeat(text, times));

    // A body sent in chunks with no Content-Length, so only reading it can tell its size.
    private sealed class UndeclaredLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
