using Showcase.Common;
using Showcase.Factories;
using Showcase.Listings;
using Showcase.People;
using Showcase.Audit;
using Showcase.Titles;

namespace Showcase.Grains.Tests.Titles;

public sealed class FactoryTitleTests(ClusterFixture fixture)
{
    private static readonly FactoryProfile Profile = new()
    {
        Name = "示例轴承智能制造示范工厂",
        Enterprise = "示例轴承股份有限公司",
        Province = "41",
        City = "4103",
        SubIndustry = "general-equipment",
        Level = "national",
    };

    private static readonly DateOnly Declared = new(2020, 1, 10);

    private IFactoryGrain Factory(CatalogKey key) => fixture.Grains.GetFactory(key);

    private async Task<CatalogKey> RecognisedFactoryAsync(DateOnly recognisedOn)
    {
        var key = new CatalogKey(TestTenants.Fresh(), EntityId.New());
        await Factory(key).DeclareAsync(Profile, Declared, Owner.Nobody, TestActors.Curator);
        await Factory(key).AdvanceTitleAsync(new(TitleAction.Select, Declared.AddMonths(2), "列入揭榜单位名单。"), TestActors.Curator);
        await Factory(key).AdvanceTitleAsync(new(TitleAction.Recognise, recognisedOn, "验收通过。"), TestActors.Curator);
        return key;
    }

    [Fact]
    public async Task AdvanceTitleAsync_BuildThenAccept_IsValidThreeYearsAndEveryStepIsDated()
    {
        var key = await RecognisedFactoryAsync(new DateOnly(2022, 6, 30));

        var factory = (await Factory(key).GetAsync())!;

        Assert.Equal((TitleStatus.Recognised, new DateOnly(2025, 6, 30)), (factory.Title.Status, factory.Title.ValidUntil));
        Assert.Equal([TitleStatus.Declared, TitleStatus.Building, TitleStatus.Recognised], factory.Title.Steps.Select(s => s.Status));
        Assert.Equal([Declared, Declared.AddMonths(2), new DateOnly(2022, 6, 30)], factory.Title.Steps.Select(s => s.On));
        Assert.True(factory.IsPublic);
    }

    [Fact]
    public async Task AdvanceTitleAsync_StepThatDoesNotFollow_IsRefusedWithTheCurrentStatus()
    {
        var key = new CatalogKey(TestTenants.Fresh(), EntityId.New());
        await Factory(key).DeclareAsync(Profile, Declared, Owner.Nobody, TestActors.Curator);

        var ex = await Assert.ThrowsAsync<DomainException>(() => Factory(key).AdvanceTitleAsync(new(TitleAction.Revoke, Declared, "取消。"), TestActors.Curator));

        Assert.Equal(ErrorCodes.InvalidTransition, ex.Code);
        Assert.Contains("当前状态为“已申报”，不能执行“取消称号”", ex.Message);
        Assert.Equal(TitleStatus.Declared, (await Factory(key).GetAsync())!.Title.Status);
    }

    [Fact]
    public async Task AdvanceTitleAsync_FutureDateMissingReasonOrEarlierDate_AreRefused()
    {
        var key = new CatalogKey(TestTenants.Fresh(), EntityId.New());
        await Factory(key).DeclareAsync(Profile, Declared, Owner.Nobody, TestActors.Curator);
        var tomorrow = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(2);

        var future = await Assert.ThrowsAsync<DomainException>(() => Factory(key).AdvanceTitleAsync(new(TitleAction.Select, tomorrow, "入选。"), TestActors.Curator));
        var noReason = await Assert.ThrowsAsync<DomainException>(() => Factory(key).AdvanceTitleAsync(new(TitleAction.Select, Declared, " "), TestActors.Curator));
        var earlier = await Assert.ThrowsAsync<DomainException>(() => Factory(key).AdvanceTitleAsync(new(TitleAction.Select, Declared.AddDays(-1), "入选。"), TestActors.Curator));

        Assert.Equal([("on", ErrorCodes.InvalidValue), ("note", ErrorCodes.Required), ("on", ErrorCodes.InvalidValue)],
            new[] { future, noReason, earlier }.Select(e => (e.Errors[0].Field!, e.Code)));
        Assert.Single((await Factory(key).GetAsync())!.Title.Steps);
    }

    [Fact]
    public async Task AdvanceTitleAsync_RetriedStep_IsAppliedOnce()
    {
        var key = new CatalogKey(TestTenants.Fresh(), EntityId.New());
        await Factory(key).DeclareAsync(Profile, Declared, Owner.Nobody, TestActors.Curator);
        var select = new TitleDecision(TitleAction.Select, Declared.AddDays(30), "列入揭榜单位名单。");

        await Factory(key).AdvanceTitleAsync(select, TestActors.Curator);
        await Factory(key).AdvanceTitleAsync(select, TestActors.Curator);

        Assert.Equal(2, (await Factory(key).GetAsync())!.Title.Steps.Count);
    }

    [Fact]
    public async Task MarkReevaluationDueIfExpiredAsync_OnlyAfterValidity_AndTellsTheCuratorsOnce()
    {
        var key = await RecognisedFactoryAsync(new DateOnly(2022, 6, 30));
        var curator = new AccountKey(key.Tenant, EntityId.Parse("curator"));
        await fixture.Grains.GetAccount(curator).RegisterAsync(new AccountRegistration("策展人", "hash", new Membership([Role.Curator], null)), TestActors.Admin);

        var onLastDay = await Factory(key).MarkReevaluationDueIfExpiredAsync(new DateOnly(2025, 6, 30));
        var dayAfter = await Factory(key).MarkReevaluationDueIfExpiredAsync(new DateOnly(2025, 7, 1));
        var again = await Factory(key).MarkReevaluationDueIfExpiredAsync(new DateOnly(2025, 7, 2));

        Assert.Equal((false, true, false), (onLastDay, dayAfter, again));
        var title = (await Factory(key).GetAsync())!.Title;
        Assert.Equal((TitleStatus.ReevaluationDue, new DateOnly(2025, 7, 1)), (title.Status, title.Since));
        Assert.Equal(Actor.System.Id, title.Steps[^1].By.Id);
        var notices = await fixture.Grains.GetNotificationInbox(curator).ListAsync(10);
        var notice = Assert.Single(notices);
        Assert.Contains("待复评", notice.Title);
        Assert.Equal($"/t/{key.Tenant}/factories/{key.Id}", notice.Link);
    }

    [Fact]
    public async Task Revoke_AfterReevaluation_StaysPublicAsRevokedWithTheDate()
    {
        var key = await RecognisedFactoryAsync(new DateOnly(2021, 6, 30));
        await Factory(key).MarkReevaluationDueIfExpiredAsync(new DateOnly(2024, 7, 1));

        await Factory(key).AdvanceTitleAsync(new(TitleAction.Revoke, new DateOnly(2024, 9, 1), "复评未通过。"), TestActors.Curator);

        var factory = (await Factory(key).GetAsync())!;
        Assert.Equal((TitleStatus.Revoked, new DateOnly(2024, 9, 1), true), (factory.Title.Status, factory.Title.RevokedOn, factory.IsPublic));
        var entry = (await fixture.Grains.GetCatalogDirectory(key.Tenant, CatalogKind.Factory).ListAsync(new CatalogQuery())).Items.Single();
        Assert.Equal("revoked", entry.Status);
    }
}
