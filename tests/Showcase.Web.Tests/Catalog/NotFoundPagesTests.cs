using System.Net;
using Showcase.Testing;
using Showcase.Web.Tests.Browser;

namespace Showcase.Web.Tests.Catalog;

/// <summary>An entity that does not exist, or that the visitor may not see, answers 404 with its not-found view.</summary>
public sealed class NotFoundPagesTests(BrowserFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("cases", "找不到案例")]
    [InlineData("factories", "找不到示范工厂")]
    [InlineData("pilot-zones", "找不到先行区")]
    [InlineData("providers", "找不到解决方案供应商")]
    [InlineData("challenges", "找不到榜单")]
    [InlineData("collections", "找不到案例集")]
    [InlineData("scenarios", "找不到场景")]
    public async Task UnknownEntity_Answers404_WithItsNotFoundView(string section, string heading)
    {
        var portal = await fixture.Host.CreatePortalAsync();
        using var http = new HttpClient { BaseAddress = fixture.Host.BaseAddress };

        using var response = await http.GetAsync($"/t/{portal.Tenant}/{section}/no-such-thing", Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(heading, await response.Content.ReadAsStringAsync(Cancel));
    }

    [Fact]
    public async Task ADraftCase_Answers404ToVisitors_AndThePublishedOne200()
    {
        var portal = await fixture.Host.CreatePortalAsync();
        var seed = new CatalogSeed(fixture.Host.Grains, portal.Tenant);
        await seed.CaseAsync("draft", CatalogSeed.Case("尚未发布的案例"), publish: false);
        await seed.CaseAsync("published", CatalogSeed.Case("已发布的案例"));
        using var http = new HttpClient { BaseAddress = fixture.Host.BaseAddress };

        using var draft = await http.GetAsync($"/t/{portal.Tenant}/cases/draft", Cancel);
        using var published = await http.GetAsync($"/t/{portal.Tenant}/cases/published", Cancel);

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.OK), (draft.StatusCode, published.StatusCode));
        Assert.DoesNotContain("尚未发布的案例", await draft.Content.ReadAsStringAsync(Cancel));
    }
}
