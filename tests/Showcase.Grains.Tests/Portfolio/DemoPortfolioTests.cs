using Microsoft.Extensions.Logging.Abstractions;
using Showcase.Api.Files;
using Showcase.Common;
using Showcase.Listings;
using Showcase.Reference;
using Showcase.Silo.Portfolio;

namespace Showcase.Grains.Tests.Portfolio;

public sealed class DemoPortfolioTests(ClusterFixture fixture)
{
    [Fact]
    public void DemoPortfolio_IsTheSameEveryTime()
    {
        var first = new DemoPortfolio();
        var second = new DemoPortfolio();

        Assert.Equal(first.Cases.Select(c => (c.Id, c.Content.Title, c.Content.Metrics[0].After)), second.Cases.Select(c => (c.Id, c.Content.Title, c.Content.Metrics[0].After)));
        Assert.Equal(first.Providers.Select(p => p.Profile.Platform?.DevicesRunning), second.Providers.Select(p => p.Profile.Platform?.DevicesRunning));
    }

    [Fact]
    public void DemoPortfolio_CoversEveryIndustryAndDomain_WithDistinctTitles()
    {
        var portfolio = new DemoPortfolio();
        var published = portfolio.Cases.Where(c => c.Publish).ToList();

        Assert.True(published.Count >= 200);
        Assert.Equal((30, 5, 40), (portfolio.Factories.Count, portfolio.PilotZones.Count, portfolio.Providers.Count));
        Assert.Equal(ReferenceData.Industries.Terms.Select(t => t.Code).Order(), published.SelectMany(c => c.Content.Industries).Distinct().Order());
        Assert.Equal(ReferenceData.Domains.Terms.Select(t => t.Code).Order(), published.SelectMany(c => c.Content.Domains).Distinct().Order());
        Assert.Equal(portfolio.Cases.Count, portfolio.Cases.Select(c => c.Content.Title).Distinct().Count());
        Assert.All(portfolio.PilotZones, z => Assert.NotEmpty(z.Profile.Factories));
    }

    [Fact]
    public async Task SeedAsync_TwiceIntoATenant_PassesEveryRuleAndAddsEverythingOnce()
    {
        var tenant = TestTenants.Fresh();
        var files = new FolderFileStore(Path.Combine(Path.GetTempPath(), "showcase-demo-files-" + Guid.NewGuid().ToString("N")));
        var seeder = new DemoPortfolioSeeder(fixture.Grains, files, NullLogger<DemoPortfolioSeeder>.Instance);

        await seeder.SeedAsync(tenant, CancellationToken.None);
        await seeder.SeedAsync(tenant, CancellationToken.None);
        Assert.Equal(DemoPicturePlan.All(new DemoPortfolio()).Count(), await seeder.DrawPicturesAsync(tenant, CancellationToken.None));
        await files.DeleteAsync(tenant, EntityId.Parse("z1-plan-t"), CancellationToken.None);
        Assert.Equal(1, await seeder.DrawPicturesAsync(tenant, CancellationToken.None));

        var cases = await fixture.Grains.GetCatalogDirectory(tenant, CatalogKind.Case).ListAsync(new CatalogQuery { Statuses = ["published"], Take = 1 });
        var zones = await fixture.Grains.GetCatalogDirectory(tenant, CatalogKind.PilotZone).ListAsync(new CatalogQuery { Take = 1 });
        var providers = await fixture.Grains.GetCatalogDirectory(tenant, CatalogKind.Provider).ListAsync(new CatalogQuery { Take = 1 });
        var factories = await fixture.Grains.GetCatalogDirectory(tenant, CatalogKind.Factory).ListAsync(new CatalogQuery { VisibleTo = null, Take = 1 });
        Assert.Equal((212, 5, 40, 30), (cases.TotalCount, zones.TotalCount, providers.TotalCount, factories.TotalCount));

        var newest = await fixture.Grains.GetCase(new CatalogKey(tenant, EntityId.Parse("c215"))).GetAsync();
        Assert.Equal(["c215-site", "c215-results"], newest!.PublicPictures.All.Select(p => p.Id.Value));
        Assert.All(newest.PublicPictures.All, p => Assert.NotNull(p.Caption));
        Assert.NotNull(await files.ReadAsync(tenant, EntityId.Parse("c215-results-t"), CancellationToken.None));
        Assert.Empty((await fixture.Grains.GetCase(new CatalogKey(tenant, EntityId.Parse("c001"))).GetAsync())!.PublicPictures.All);
        var zone = await fixture.Grains.GetPilotZone(new CatalogKey(tenant, EntityId.Parse("z1"))).GetAsync();
        Assert.Equal("z1-plan", zone!.Profile.Pictures.Cover?.Id.Value);
    }
}
