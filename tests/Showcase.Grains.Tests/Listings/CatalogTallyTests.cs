using Showcase.Cases;
using Showcase.Listings;
using Showcase.Testing;

namespace Showcase.Grains.Tests.Listings;

/// <summary>What a directory's public entries add up to (the statistics page), and provinces counted for every province an entry spans.</summary>
public sealed class CatalogTallyTests(ClusterFixture fixture)
{
    private static CaseContent Measured(int? year, string domain, params decimal[] costsAfter) => CatalogSeed.Case("案例", "automotive", domain) with
    {
        Year = year,
        Metrics = [.. costsAfter.Select(after => new CaseMetric("运营成本", "万元/年", 100, after)), new CaseMetric("检测效率", "点/分钟", null, 120)],
    };

    [Fact]
    public async Task Tally_CountsPublicCasesByYearProvinceIndustryDomain_AndSpreadsEachIndicatorsChangeByDomain()
    {
        var tenant = TestTenants.Fresh();
        var seed = new CatalogSeed(fixture.Grains, tenant);
        await seed.CaseAsync("a", Measured(2021, "quality", 90));
        await seed.CaseAsync("b", Measured(2021, "quality", 80) with { Province = "33", City = "3302", Industries = ["automotive", "electronics"] });
        await seed.CaseAsync("c", Measured(2023, "quality", 60));
        await seed.CaseAsync("d", Measured(2023, "quality", 50) with { Domains = ["quality", "maintenance"] });
        await seed.CaseAsync("draft", Measured(2019, "quality", 10), publish: false);

        var tally = await fixture.Grains.GetCatalogDirectory(tenant, CatalogKind.Case).TallyAsync();

        Assert.Equal(4, tally.Total);
        Assert.Equal(new Dictionary<int, int> { [2021] = 2, [2023] = 2 }, tally.ByYear);
        Assert.Equal(new Dictionary<string, int> { ["32"] = 3, ["33"] = 1 }, tally.ByProvince);
        Assert.Equal(new Dictionary<string, int> { ["automotive"] = 4, ["electronics"] = 1 }, tally.ByIndustry);
        Assert.Equal(new Dictionary<string, int> { ["quality"] = 4, ["maintenance"] = 1 }, tally.ByDomain);

        // −10, −20, −40, −50 %: quartiles between neighbours; a metric without a value before has no change to count.
        var quality = Assert.Single(tally.Changes, s => s.Domain == "quality");
        Assert.Equal(new MetricSpread("quality", "运营成本", "万元/年", 4, -50, -42.5m, -30, -17.5m, -10), quality);
        Assert.Equal(new MetricSpread("maintenance", "运营成本", "万元/年", 1, -50, -50, -50, -50, -50), Assert.Single(tally.Changes, s => s.Domain == "maintenance"));
    }

    [Fact]
    public async Task Tally_FollowsAPublishedCasesPublicRevision_NotItsNewDraft()
    {
        var tenant = TestTenants.Fresh();
        var seed = new CatalogSeed(fixture.Grains, tenant);
        await seed.CaseAsync("a", Measured(2021, "quality", 90));
        await fixture.Grains.GetCase(seed.Key("a")).EditAsync(Measured(2024, "energy-saving", 10), 2, TestActors.Curator);

        var tally = await fixture.Grains.GetCatalogDirectory(tenant, CatalogKind.Case).TallyAsync();

        Assert.Equal([2021], tally.ByYear.Keys);
        Assert.Equal(-10, Assert.Single(tally.Changes).Median);
    }

    [Fact]
    public async Task PilotZoneSpanningProvinces_CountsInEach_AndIsListedUnderEach()
    {
        var tenant = TestTenants.Fresh();
        await new CatalogSeed(fixture.Grains, tenant).PilotZoneAsync("yangtze", "长三角先行区", "3205", "3101", "3302", "3301");
        var zones = fixture.Grains.GetCatalogDirectory(tenant, CatalogKind.PilotZone);

        Assert.Equal(new Dictionary<string, int> { ["32"] = 1, ["31"] = 1, ["33"] = 1 }, await zones.CountByProvinceAsync(new CatalogQuery()));
        Assert.Equal(new Dictionary<string, int> { ["32"] = 1, ["31"] = 1, ["33"] = 1 }, (await zones.TallyAsync()).ByProvince);
        Assert.Single((await zones.ListAsync(new CatalogQuery { Provinces = ["33"] })).Items);
        Assert.Equal([2024], (await zones.TallyAsync()).ByYear.Keys);
    }
}
