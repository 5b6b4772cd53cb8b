using System.Net.Http.Headers;
using System.Text.Json;
using Showcase.Tenancy;
using Showcase.Testing;

namespace Showcase.Api.Tests.Catalog;

/// <summary>A fresh portal and a way to call its GraphQL endpoint as any of its people, or anonymously.</summary>
public sealed class CatalogPortal(TestPortal portal, GraphQLClient graphQL)
{
    public static async Task<CatalogPortal> CreateAsync(HostFixture fixture) =>
        new(await fixture.Host.CreatePortalAsync(), fixture.GraphQL);

    public TenantId Tenant => portal.Tenant;

    public string TokenOf(string login) => portal.TokenOf(login);

    /// <summary>Posts as <paramref name="login"/> (null: anonymously).</summary>
    public Task<GraphQLResponse> PostAsync(string? login, string query, object? variables = null) =>
        graphQL.As(login is null ? null : portal.TokenOf(login)).PostAsync(portal.Tenant, query, variables);

    /// <summary>Posts as <paramref name="login"/>, asking for messages in <paramref name="acceptLanguage"/>.</summary>
    public Task<GraphQLResponse> PostInAsync(string acceptLanguage, string? login, string query, object? variables = null) =>
        graphQL.In(acceptLanguage).As(login is null ? null : portal.TokenOf(login)).PostAsync(portal.Tenant, query, variables);

    /// <summary>GETs <c>/t/{tenant}/{path}</c> as <paramref name="login"/> (null: anonymously), with its access token.</summary>
    public async Task<HttpResponseMessage> GetAsync(string? login, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/t/{portal.Tenant}/{path}");
        if (login is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", portal.TokenOf(login));
        }

        return await graphQL.Http.SendAsync(request, TestContext.Current.CancellationToken);
    }

    /// <summary>Posts and returns the one root field's data, failing on any error.</summary>
    public async Task<JsonElement> DataAsync(string? login, string field, string query, object? variables = null) =>
        (await PostAsync(login, query, variables)).EnsureNoErrors().Data.GetProperty(field);
}
