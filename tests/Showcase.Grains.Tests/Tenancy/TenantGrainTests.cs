using Showcase.Tenancy;

namespace Showcase.Grains.Tests.Tenancy;

public sealed class TenantGrainTests(ClusterFixture fixture)
{
    [Fact]
    public async Task EnsureCreatedAsync_Twice_KeepsTheFirstProfile()
    {
        var tenant = fixture.Grains.GetTenant(TestTenants.Fresh());

        var created = await tenant.EnsureCreatedAsync(new TenantProfile("广东省工业和信息化厅", "广东智能制造示范"));
        var again = await tenant.EnsureCreatedAsync(new TenantProfile("改名", "改描述"));

        Assert.Equal(created, again);
        Assert.Equal("广东省工业和信息化厅", (await tenant.GetAsync())!.Profile.Name);
    }

    [Fact]
    public async Task GetAsync_NeverCreated_IsNull() =>
        Assert.Null(await fixture.Grains.GetTenant(TestTenants.Fresh()).GetAsync());
}
