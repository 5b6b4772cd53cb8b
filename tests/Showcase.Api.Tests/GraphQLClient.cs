using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Showcase.Tenancy;

namespace Showcase.Api.Tests;

/// <summary>
/// Posts GraphQL requests to a tenant's endpoint over the host's real HTTP pipeline, anonymously or, after
/// <see cref="As"/>, with an access token; after <see cref="In"/>, asking for its messages in a language.
/// </summary>
public sealed class GraphQLClient(HttpClient http, string? token = null, string? language = null)
{
    public HttpClient Http { get; } = http;

    /// <summary>The same client acting with this access token.</summary>
    public GraphQLClient As(string? accessToken) => new(Http, accessToken, language);

    /// <summary>The same client sending <c>Accept-Language: <paramref name="acceptLanguage"/></c>.</summary>
    public GraphQLClient In(string acceptLanguage) => new(Http, token, acceptLanguage);

    public async Task<GraphQLResponse> PostAsync(TenantId tenant, string query, object? variables = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/t/{tenant}/graphql") { Content = JsonContent.Create(new { query, variables }) };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (language is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }

        using var response = await Http.SendAsync(request, TestContext.Current.CancellationToken);
        return await GraphQLResponse.ReadAsync(response);
    }
}

public sealed record GraphQLResponse(HttpStatusCode Status, string? ContentType, string Body, JsonElement Json)
{
    public static async Task<GraphQLResponse> ReadAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var json = body.Length > 0 ? JsonDocument.Parse(body).RootElement.Clone() : default;
        return new GraphQLResponse(response.StatusCode, response.Content.Headers.ContentType?.MediaType, body, json);
    }

    public JsonElement Data => Json.GetProperty("data");

    public string? FirstCode => Errors.Count > 0 ? Errors[0].Code : null;

    public bool HasErrors => Json.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0;

    public IReadOnlyList<(string Code, string Message, string? Field)> Errors =>
        HasErrors
            ? Json.GetProperty("errors").EnumerateArray().Select(e =>
            {
                var extensions = e.TryGetProperty("extensions", out var ext) ? ext : default;
                return (
                    extensions.ValueKind == JsonValueKind.Object && extensions.TryGetProperty("code", out var code) ? code.GetString() ?? "" : "",
                    e.GetProperty("message").GetString() ?? "",
                    extensions.ValueKind == JsonValueKind.Object && extensions.TryGetProperty("field", out var fieldName) ? fieldName.GetString() : null);
            }).ToArray()
            : [];

    /// <summary>Fails the test with the whole response when it carries errors.</summary>
    public GraphQLResponse EnsureNoErrors()
    {
        Assert.False(HasErrors, $"Unexpected GraphQL errors: {Body}");
        return this;
    }
}
