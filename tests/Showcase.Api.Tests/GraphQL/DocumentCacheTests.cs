using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Showcase.Api.GraphQL.Limits;

namespace Showcase.Api.Tests.GraphQL;

/// <summary>
/// Parsed, validated documents are kept by their text and used again, across portals; what depends on the
/// variables (complexity) is still checked on every request, and a document that failed validation is never kept.
/// </summary>
public sealed class DocumentCacheTests(HostFixture fixture)
{
    private const string Listing = "query($n: Int) { cases(first: $n) { items { id title } } }";

    private ValidatedDocuments Cache => fixture.Host.Services.GetRequiredService<ValidatedDocuments>();

    [Fact]
    public async Task ADocumentSentAgain_IsTakenFromTheCache_InAnyPortal_WithTheSameAnswers()
    {
        var query = $"query Cached{Guid.NewGuid():N}($n: Int) {{ cases(first: $n) {{ items {{ id }} totalCount }} }}";
        var first = await fixture.Host.CreateTenantAsync();
        var second = await fixture.Host.CreateTenantAsync();
        Assert.Null(Cache.Find(query));

        var before = (await fixture.GraphQL.PostAsync(first, query, new { n = 5 })).EnsureNoErrors();
        var kept = Cache.Find(query);
        var again = (await fixture.GraphQL.PostAsync(first, query, new { n = 5 })).EnsureNoErrors();
        var elsewhere = (await fixture.GraphQL.PostAsync(second, query, new { n = 5 })).EnsureNoErrors();

        Assert.NotNull(kept);
        Assert.Same(kept, Cache.Find(query));
        Assert.Equal(before.Body, again.Body);
        Assert.Equal(0, elsewhere.Data.GetProperty("cases").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task ACachedDocument_IsStillRefused_WhenItsVariablesMakeItTooComplex()
    {
        var tenant = await fixture.Host.CreateTenantAsync();
        (await fixture.GraphQL.PostAsync(tenant, Listing, new { n = 5 })).EnsureNoErrors();
        Assert.NotNull(Cache.Find(Listing));

        var tooMany = await fixture.GraphQL.PostAsync(tenant, Listing, new { n = 100_000 });

        Assert.Equal("COMPLEXITY", tooMany.FirstCode);
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.Status);
    }

    [Fact]
    public async Task ACachedDocument_StillRefusesVariablesOfTheWrongType()
    {
        var tenant = await fixture.Host.CreateTenantAsync();
        (await fixture.GraphQL.PostAsync(tenant, Listing, new { n = 5 })).EnsureNoErrors();

        var wrong = await fixture.GraphQL.PostAsync(tenant, Listing, new { n = "五" });

        Assert.Equal("INVALID_VALUE", wrong.FirstCode);
    }

    [Fact]
    public async Task ADocumentThatFailsValidation_IsNotKept_AndFailsAgain()
    {
        var tenant = await fixture.Host.CreateTenantAsync();
        var query = $"query Invalid{Guid.NewGuid():N} {{ scenarioz {{ totalCount }} }}";

        var first = await fixture.GraphQL.PostAsync(tenant, query);
        var second = await fixture.GraphQL.PostAsync(tenant, query);

        Assert.Null(Cache.Find(query));
        Assert.Equal(first.FirstCode, second.FirstCode);
        Assert.True(second.HasErrors);
    }
}
