using Showcase.Audit;
using Showcase.Common;
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

    [Fact]
    public async Task Deletion_IsRefusedUntilScheduledAndDue_ACancelledOneMustBeScheduledAgain_AndThePlatformStays()
    {
        var tenant = fixture.Grains.GetTenant(TestTenants.Fresh());
        await tenant.EnsureCreatedAsync(new TenantProfile("某联盟门户", "测试删除"));
        var admin = new Actor("platform/admin", "平台管理员");

        var unscheduled = await Assert.ThrowsAsync<DomainException>(() => tenant.DeleteAsync(admin));
        var scheduled = await tenant.ScheduleDeletionAsync(TimeSpan.FromDays(7), admin);
        var early = await Assert.ThrowsAsync<DomainException>(() => tenant.DeleteAsync(admin));
        var rescheduled = await tenant.ScheduleDeletionAsync(TimeSpan.FromDays(30), admin);
        var cancelled = await tenant.CancelDeletionAsync(admin);
        var afterCancel = await Assert.ThrowsAsync<DomainException>(() => tenant.DeleteAsync(admin));
        var platform = await Assert.ThrowsAsync<DomainException>(() => fixture.Grains.GetTenant(TenantId.Platform).ScheduleDeletionAsync(TimeSpan.Zero, admin));

        Assert.All([unscheduled, early, afterCancel, platform], refused => Assert.Equal(ErrorCodes.InvalidTransition, refused.Code));
        Assert.InRange(scheduled.DeletionDue!.Value, DateTimeOffset.UtcNow.AddDays(6.9), DateTimeOffset.UtcNow.AddDays(7));
        Assert.Equal(scheduled.DeletionDue, rescheduled.DeletionDue);
        Assert.Null(cancelled.DeletionDue);
        Assert.Equal("某联盟门户", (await tenant.GetAsync())!.Profile.Name);
        Assert.Equal(["创建门户", "安排删除门户", "取消删除门户"], (await tenant.GetHistoryAsync()).Select(e => e.Action));
    }
}
