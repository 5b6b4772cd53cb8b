using Showcase.Cases;
using Showcase.Challenges;
using Showcase.Common;
using Showcase.Listings;
using Showcase.Testing;

namespace Showcase.Grains.Tests.Challenges;

public sealed class ChallengeGrainTests(ClusterFixture fixture)
{
    internal static readonly BidContent Bid = new()
    {
        Proposal = "## 技术路线\n基于机器视觉的焊点在线检测。",
        Price = 380,
        Schedule = "6 个月：3 个月部署，3 个月试运行。",
        Team = ["王工 · 项目经理 · 高级工程师", "李工 · 算法负责人"],
    };

    internal static ChallengeContent Content(DateTimeOffset bidsDue) => new()
    {
        Title = "焊装车间焊点质量在线检测",
        Background = "人工抽检漏检率高。",
        Goals = "实现焊点 100% 在线检测。",
        Indicators = [new ChallengeIndicator("漏检率", "≤ 0.5", "%"), new ChallengeIndicator("检测节拍", "≤ 60", "秒/台")],
        BudgetMin = 200,
        BudgetMax = 500,
        BidsDue = bidsDue,
        Industry = "automotive",
        Domain = "quality",
    };

    [Fact]
    public async Task PastDeadline_IsRefusedInBeijingTime_WhateverOffsetItWasPostedWith()
    {
        var challenge = fixture.Grains.GetChallenge(new ChallengeKey(TestTenants.Fresh(), EntityId.Parse("late")));
        var posted = new DateTimeOffset(2020, 1, 1, 10, 0, 0, TimeSpan.Zero);

        var refused = await Assert.ThrowsAsync<DomainException>(() => challenge.CreateAsync(Content(posted), Owner.Nobody, TestActors.Curator));

        Assert.Contains(refused.Errors, e => e.Field == "bidsDue" && e.Message.Contains("2020-01-01 18:00", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DeleteDraft_RemovesItAndItsBoardLine_OnlyWhileADraft()
    {
        var tenant = TestTenants.Fresh();
        var draft = fixture.Grains.GetChallenge(new ChallengeKey(tenant, EntityId.Parse("draft")));
        await draft.CreateAsync(new ChallengeContent { Title = "写了一半的榜单" }, Owner.Nobody, TestActors.Curator);
        var (opened, _, _) = await OpenAsync();

        await draft.DeleteDraftAsync(TestActors.Curator);
        await draft.DeleteDraftAsync(TestActors.Curator);
        var refused = await Assert.ThrowsAsync<DomainException>(() => opened.DeleteDraftAsync(TestActors.Curator));
        var recreated = await draft.CreateAsync(new ChallengeContent { Title = "重新写的榜单" }, Owner.Nobody, TestActors.Curator);

        Assert.Equal(ErrorCodes.InvalidTransition, refused.Code);
        Assert.NotNull(await opened.GetAsync());
        Assert.Equal((1, "重新写的榜单"), (recreated.Version, recreated.Content.Title));
        var board = await fixture.Grains.GetChallengeBoard(tenant).ListAsync(new ChallengeBoardQuery());
        Assert.Equal(["重新写的榜单"], board.Items.Select(c => c.Title));
    }

    [Fact]
    public async Task Bid_RetriedWithTheSameOperation_IsStoredOnce()
    {
        var (challenge, seed, key) = await OpenAsync();
        await seed.ProviderAsync("vision", CatalogSeed.Provider("视界科技"));

        var first = await challenge.SubmitBidAsync(EntityId.Parse("vision"), Bid, "op-1", TestActors.Curator);
        var retried = await challenge.SubmitBidAsync(EntityId.Parse("vision"), Bid with { Price = 999 }, "op-1", TestActors.Curator);
        var revised = await challenge.SubmitBidAsync(EntityId.Parse("vision"), Bid with { Price = 350 }, "op-2", TestActors.Curator);

        Assert.Equal((1, 380m), (first.Version, first.Content.Price));
        Assert.Equal((1, 380m), (retried.Version, retried.Content.Price));
        Assert.Equal((2, 350m), (revised.Version, revised.Content.Price));
        var summary = Assert.Single((await challenge.GetAsync())!.Bids);
        Assert.Equal((BidStatus.Submitted, 2), (summary.Status, summary.Version));
    }

    [Fact]
    public async Task Bid_FromAnIneligibleProvider_ListsEveryUnmetCondition_AndStoresNothing()
    {
        var (challenge, seed, key) = await OpenAsync(content => content with
        {
            Eligibility = new ChallengeEligibility { ApplicantKinds = ["manufacturer"], Provinces = ["33"], Qualifications = ["信息系统集成资质"], MinDeliveredCases = 1 },
        });
        await seed.ProviderAsync("vision", CatalogSeed.Provider("视界科技"));

        var refused = await Assert.ThrowsAsync<DomainException>(() => challenge.SubmitBidAsync(EntityId.Parse("vision"), Bid, "op-1", TestActors.Curator));

        Assert.Equal(4, refused.Errors.Count);
        Assert.All(refused.Errors, e => Assert.Equal(ErrorCodes.NotEligible, e.Code));
        Assert.Contains("信息系统集成资质", refused.Errors[2].Message);
        Assert.Contains("现在有 0 个", refused.Errors[3].Message);
        Assert.Empty((await challenge.GetAsync())!.Bids);
        Assert.Null(await fixture.Grains.GetBid(key, EntityId.Parse("vision")).GetAsync());
    }

    [Fact]
    public async Task Bid_WithDeliveredCasesInTheIndustry_MeetsTheMinimum()
    {
        var (challenge, seed, key) = await OpenAsync(content => content with { Eligibility = new ChallengeEligibility { MinDeliveredCases = 1 } });
        await seed.ProviderAsync("vision", CatalogSeed.Provider("视界科技"));
        await seed.CaseAsync("delivered", CatalogSeed.Case("焊点检测交付案例") with { Links = CaseLinks.None with { Providers = [EntityId.Parse("vision")] } });

        var bid = await challenge.SubmitBidAsync(EntityId.Parse("vision"), Bid with { ReferencedCases = [EntityId.Parse("delivered")] }, "op-1", TestActors.Curator);

        Assert.Equal(BidStatus.Submitted, bid.Status);
    }

    [Fact]
    public async Task Edit_OfAnOpenChallengeWithBids_MarksThemForRenewal_AndTellsTheBidders()
    {
        var (challenge, seed, key) = await OpenAsync();
        var owner = new Owner(EntityId.Parse("vision-owner"), EntityId.Parse("vision-org"));
        await fixture.Grains.GetProvider(seed.Key("vision")).RegisterAsync(CatalogSeed.Provider("视界科技"), owner, TestActors.Curator);
        await fixture.Grains.GetProvider(seed.Key("vision")).ListAsync(TestActors.Curator);
        await challenge.SubmitBidAsync(EntityId.Parse("vision"), Bid, "op-1", TestActors.Curator);
        var before = (await challenge.GetAsync())!;

        var edited = await challenge.EditAsync(before.Content with { Goals = "实现焊点 100% 在线检测，并与 MES 联动。" }, before.Version, TestActors.Curator);
        var resubmitted = await challenge.SubmitBidAsync(EntityId.Parse("vision"), Bid, "op-2", TestActors.Curator);

        Assert.Equal(BidStatus.NeedsRenewal, Assert.Single(edited.Bids).Status);
        var notices = await fixture.Grains.GetNotificationInbox(new(key.Tenant, EntityId.Parse("vision-owner"))).ListAsync(10);
        Assert.Contains(notices, n => n.Title.Contains("重新确认"));
        Assert.Equal(BidStatus.Submitted, resubmitted.Status);
    }

    [Fact]
    public async Task Lifecycle_FromOpenToAccepted_StepsOnlyFromWhereTheyMayCome()
    {
        var (challenge, seed, key) = await OpenAsync();
        await seed.ProviderAsync("a", CatalogSeed.Provider("甲科技"));
        await seed.ProviderAsync("b", CatalogSeed.Provider("乙科技"));
        await challenge.SubmitBidAsync(EntityId.Parse("a"), Bid, "op-a", TestActors.Curator);
        await challenge.SubmitBidAsync(EntityId.Parse("b"), Bid, "op-b", TestActors.Curator);

        var tooEarly = await Assert.ThrowsAsync<DomainException>(() => challenge.AwardAsync([EntityId.Parse("a")], null, TestActors.Curator));
        await challenge.AdvanceAsync(ChallengeStatus.Closed, null, TestActors.Curator);
        await challenge.AdvanceAsync(ChallengeStatus.Evaluating, null, TestActors.Curator);
        var noBid = await Assert.ThrowsAsync<DomainException>(() => challenge.AwardAsync([EntityId.Parse("c")], null, TestActors.Curator));
        var awarded = await challenge.AwardAsync([EntityId.Parse("a")], "专家评审第一名", TestActors.Curator);
        var acceptBeforeDelivery = await Assert.ThrowsAsync<DomainException>(() => challenge.AdvanceAsync(ChallengeStatus.Accepted, null, TestActors.Curator));
        await challenge.AdvanceAsync(ChallengeStatus.Delivering, null, TestActors.Curator);
        var accepted = await challenge.AdvanceAsync(ChallengeStatus.Accepted, "验收专家组通过", TestActors.Curator);
        var cancelAfter = await Assert.ThrowsAsync<DomainException>(() => challenge.AdvanceAsync(ChallengeStatus.Cancelled, "不要了", TestActors.Curator));

        Assert.Equal(ErrorCodes.InvalidTransition, tooEarly.Errors[0].Code);
        Assert.Equal("providers", noBid.Errors[0].Field);
        Assert.Equal([BidStatus.Awarded, BidStatus.NotAwarded], awarded.Bids.OrderBy(b => b.Provider.Value).Select(b => b.Status));
        Assert.Equal(ErrorCodes.InvalidTransition, acceptBeforeDelivery.Errors[0].Code);
        Assert.Equal(ChallengeStatus.Accepted, accepted.Status);
        Assert.Equal(ErrorCodes.InvalidTransition, cancelAfter.Errors[0].Code);
        Assert.Equal(BidStatus.Awarded, (await fixture.Grains.GetBid(key, EntityId.Parse("a")).GetAsync())!.Status);
    }

    [Fact]
    public async Task Open_IncompleteOrWithAPastDeadline_ListsWhatIsMissing_AndStaysADraft()
    {
        var key = new ChallengeKey(TestTenants.Fresh(), EntityId.New());
        var challenge = fixture.Grains.GetChallenge(key);
        var badBudgetAndPastDeadline = await Assert.ThrowsAsync<DomainException>(() => challenge.CreateAsync(
            new ChallengeContent { Title = "待完善的榜单", BudgetMin = 500, BudgetMax = 100, BidsDue = DateTimeOffset.UtcNow.AddDays(-1) }, Owner.Nobody, TestActors.Curator));
        await challenge.CreateAsync(new ChallengeContent { Title = "待完善的榜单" }, Owner.Nobody, TestActors.Curator);

        var refused = await Assert.ThrowsAsync<DomainException>(() => challenge.OpenAsync(TestActors.Curator));

        Assert.Equal(["budget", "bidsDue"], badBudgetAndPastDeadline.Errors.Select(e => e.Field));
        Assert.Equal(["goals", "indicators", "industry", "bidsDue"], refused.Errors.Select(e => e.Field));
        Assert.Equal(ChallengeStatus.Draft, (await challenge.GetAsync())!.Status);
    }

    private async Task<(IChallengeGrain Challenge, CatalogSeed Seed, ChallengeKey Key)> OpenAsync(Func<ChallengeContent, ChallengeContent>? adjust = null)
    {
        var tenant = TestTenants.Fresh();
        var key = new ChallengeKey(tenant, EntityId.New());
        var challenge = fixture.Grains.GetChallenge(key);
        var content = Content(DateTimeOffset.UtcNow.AddDays(30));
        await challenge.CreateAsync(adjust?.Invoke(content) ?? content, Owner.Nobody, TestActors.Curator);
        await challenge.OpenAsync(TestActors.Curator);
        return (challenge, new CatalogSeed(fixture.Grains, tenant), key);
    }
}
