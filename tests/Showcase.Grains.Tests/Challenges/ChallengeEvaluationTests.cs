using Showcase.Cases;
using Showcase.Challenges;
using Showcase.Common;
using Showcase.Listings;
using Showcase.People;
using Showcase.Testing;

namespace Showcase.Grains.Tests.Challenges;

public sealed class ChallengeEvaluationTests(ClusterFixture fixture)
{
    private static readonly EntityId ReviewerA = EntityId.Parse("expert-a");
    private static readonly EntityId ReviewerB = EntityId.Parse("expert-b");
    private static readonly EntityId Alpha = EntityId.Parse("alpha");
    private static readonly EntityId Beta = EntityId.Parse("beta");

    private static readonly RubricCriterion[] Rubric = [new("技术方案", 50), new("实施能力", 30), new("报价", 20)];

    [Fact]
    public async Task Rubric_WeightsMustAddUpTo100()
    {
        var (challenge, _, _) = await BidOnAsync();

        var refused = await Assert.ThrowsAsync<DomainException>(() => challenge.SetEvaluationAsync([new("技术方案", 50), new("报价", 40)], [ReviewerA], false, TestActors.Curator));

        Assert.Contains("合计应为 100，现在是 90", refused.Errors.Single().Message);
    }

    [Fact]
    public async Task Reviews_RankByWeightedAverage_ARecusedReviewerDoesNotCount()
    {
        var (challenge, _, _) = await BidOnAsync();
        await challenge.SetEvaluationAsync(Rubric, [ReviewerA, ReviewerB], blind: true, TestActors.Curator);
        await challenge.DeclareConflictAsync(ReviewerB, Alpha, "曾在甲方任职", TestActors.Curator);
        await challenge.AdvanceAsync(ChallengeStatus.Evaluating, null, TestActors.Curator);

        await challenge.ReviewAsync(new BidReview(ReviewerA, Alpha, [90, 80, 70], "方案扎实。", default), TestActors.Curator);
        await challenge.ReviewAsync(new BidReview(ReviewerA, Beta, [70, 90, 100], "报价有优势。", default), TestActors.Curator);
        await challenge.ReviewAsync(new BidReview(ReviewerB, Beta, [60, 80, 100], "团队经验一般。", default), TestActors.Curator);
        var recused = await Assert.ThrowsAsync<DomainException>(() => challenge.ReviewAsync(new BidReview(ReviewerB, Alpha, [100, 100, 100], null, default), TestActors.Curator));
        var partial = await Assert.ThrowsAsync<DomainException>(() => challenge.ReviewAsync(new BidReview(ReviewerA, Beta, [70, 90], null, default), TestActors.Curator));
        var outsider = await Assert.ThrowsAsync<DomainException>(() => challenge.ReviewAsync(new BidReview(EntityId.Parse("someone"), Beta, [1, 1, 1], null, default), TestActors.Curator));

        var snapshot = (await challenge.GetAsync())!;
        var ranking = snapshot.Evaluation.Ranking();
        Assert.Equal(ErrorCodes.Forbidden, recused.Errors[0].Code);
        Assert.Equal("scores", partial.Errors[0].Field);
        Assert.Equal(ErrorCodes.Forbidden, outsider.Errors[0].Code);
        Assert.True(snapshot.Evaluation.Blind);
        // alpha: 90×.5 + 80×.3 + 70×.2 = 83; beta: averages 65, 85, 100 → 32.5 + 25.5 + 20 = 78.
        Assert.Equal([(Alpha, 83m), (Beta, 78m)], ranking.Select(r => (r.Provider, r.Total)));
        Assert.Equal([65m, 85m, 100m], ranking[1].CriterionAverages);
    }

    [Fact]
    public async Task Questions_AreAnsweredForEveryBidder_AndAskedOncePerOperation()
    {
        var (challenge, _, _) = await BidOnAsync();

        var asked = await challenge.AskAsync(Alpha, "现有相机能否利旧？", "ask-1", TestActors.Curator);
        var again = await challenge.AskAsync(Alpha, "现有相机能否利旧？", "ask-1", TestActors.Curator);
        var empty = await Assert.ThrowsAsync<DomainException>(() => challenge.AskAsync(Beta, "  ", "ask-2", TestActors.Curator));
        var answered = await challenge.AnswerAsync(asked.Id, "可以利旧，需满足 500 万像素。", TestActors.Curator);

        Assert.Equal(asked.Id, again.Id);
        Assert.Equal(ErrorCodes.Required, empty.Errors[0].Code);
        Assert.Equal("可以利旧，需满足 500 万像素。", Assert.Single(answered.Questions).Answer);
    }

    [Fact]
    public async Task Delivery_Milestones_Reports_AndAcceptance_DraftACaseForTheWinner()
    {
        var poster = new Owner(EntityId.Parse("weld-poster"), EntityId.Parse("weld-org"));
        var (challenge, seed, key) = await BidOnAsync(poster);
        await fixture.Grains.GetOrganisation(new OrganisationKey(key.Tenant, EntityId.Parse("weld-org"))).CreateAsync(new OrganisationProfile("宁波焊装汽车有限公司", OrganisationKind.Enterprise, null), TestActors.Curator);
        await seed.FactoryAsync("weld-factory", CatalogSeed.Factory("宁波焊装智能工厂"), owner: poster);
        await challenge.AdvanceAsync(ChallengeStatus.Evaluating, null, TestActors.Curator);
        await challenge.AwardAsync([Alpha], "综合排名第一", TestActors.Curator);
        await challenge.PlanMilestonesAsync([new("部署完成", DateOnly.FromDateTime(DateTime.UtcNow.AddDays(60))), new("试运行", DateOnly.FromDateTime(DateTime.UtcNow.AddDays(120)))], TestActors.Curator);
        await challenge.AdvanceAsync(ChallengeStatus.Delivering, null, TestActors.Curator);

        var loser = await Assert.ThrowsAsync<DomainException>(() => challenge.ReportMilestoneAsync(Beta, 0, "我们也做了", TestActors.Curator));
        await challenge.ReportMilestoneAsync(Alpha, 0, "12 个工位相机部署完毕，漏检率：0.8。", TestActors.Curator);
        var withoutConclusion = await Assert.ThrowsAsync<DomainException>(() => challenge.AdvanceAsync(ChallengeStatus.Accepted, " ", TestActors.Curator));
        var accepted = await challenge.AdvanceAsync(ChallengeStatus.Accepted, "漏检率 0.3%，达标。", TestActors.Curator);
        var acceptedAgain = await challenge.AdvanceAsync(ChallengeStatus.Accepted, null, TestActors.Curator);

        Assert.Equal(ErrorCodes.Forbidden, loser.Errors[0].Code);
        Assert.Equal((ErrorCodes.Required, "note"), (withoutConclusion.Errors[0].Code, withoutConclusion.Errors[0].Field));
        Assert.Equal("12 个工位相机部署完毕，漏检率：0.8。", accepted.Milestones[0].Report);
        Assert.Equal(accepted.Version, acceptedAgain.Version);
        var draft = await fixture.Grains.GetCase(seed.Key($"{key.Id}-alpha")).GetAsync();
        Assert.NotNull(draft);
        Assert.Null(draft.Published);
        Assert.Equal("焊装车间焊点质量在线检测", draft.Content.Title);
        Assert.Contains("部署方案", draft.Content.Body);
        Assert.Contains("发榜单位：宁波焊装汽车有限公司", draft.Content.Body);
        Assert.Contains("漏检率：目标 ≤ 0.5%，实测 0.3%", draft.Content.Body);
        Assert.Contains("## 验收结论\n\n漏检率 0.3%，达标。", draft.Content.Body);
        Assert.Contains("部署完成", draft.Content.Body);
        Assert.Equal([new CaseMetric("漏检率", "%", null, 0.3m)], draft.Content.Metrics);
        Assert.Equal([Alpha], draft.Content.Links.Providers);
        Assert.Equal(EntityId.Parse("weld-factory"), draft.Content.Links.Factory);
        Assert.Null(await fixture.Grains.GetCase(seed.Key($"{key.Id}-beta")).GetAsync());
    }

    [Fact]
    public async Task Acceptance_WithoutMeasuredValues_DraftsTheTargetsAsSuch_AndTellsTheWinnerWhereTheCaseIs()
    {
        var (challenge, seed, key) = await BidOnAsync(Owner.Nobody);
        var owner = new Owner(EntityId.Parse("alpha-owner"), EntityId.Parse("alpha-org"));
        await fixture.Grains.GetProvider(seed.Key("gamma")).RegisterAsync(CatalogSeed.Provider("伽马科技"), owner, TestActors.Curator);
        await fixture.Grains.GetProvider(seed.Key("gamma")).ListAsync(TestActors.Curator);
        await challenge.SubmitBidAsync(EntityId.Parse("gamma"), new BidContent { Proposal = "伽马方案。", Price = 200, Schedule = "半年", Team = ["李工"] }, "op-g", TestActors.Curator);
        await challenge.AdvanceAsync(ChallengeStatus.Evaluating, null, TestActors.Curator);
        await challenge.AwardAsync([EntityId.Parse("gamma")], null, TestActors.Curator);
        await challenge.AdvanceAsync(ChallengeStatus.Delivering, null, TestActors.Curator);
        await challenge.AdvanceAsync(ChallengeStatus.Accepted, "各项指标达标，同意验收。", TestActors.Curator);

        var draft = (await fixture.Grains.GetCase(seed.Key($"{key.Id}-gamma")).GetAsync())!;
        var notices = await fixture.Grains.GetNotificationInbox(new(key.Tenant, EntityId.Parse("alpha-owner"))).ListAsync(10);
        Assert.Equal([new CaseMetric("漏检率（目标值，待实测）", "%", null, 0.5m)], draft.Content.Metrics);
        Assert.Contains("实测 待补充", draft.Content.Body);
        var notice = Assert.Single(notices, n => n.Title == "验收通过，案例草稿已生成");
        Assert.Equal($"/t/{key.Tenant}/cases/{key.Id}-gamma", notice.Link);
    }

    private async Task<(IChallengeGrain Challenge, CatalogSeed Seed, ChallengeKey Key)> BidOnAsync(Owner? poster = null)
    {
        var tenant = TestTenants.Fresh();
        var key = new ChallengeKey(tenant, EntityId.New());
        var challenge = fixture.Grains.GetChallenge(key);
        var seed = new CatalogSeed(fixture.Grains, tenant);
        await challenge.CreateAsync(new ChallengeContent
        {
            Title = "焊装车间焊点质量在线检测",
            Background = "人工抽检漏检率高。",
            Goals = "实现焊点 100% 在线检测。",
            Indicators = [new ChallengeIndicator("漏检率", "≤ 0.5", "%")],
            BidsDue = DateTimeOffset.UtcNow.AddDays(30),
            Industry = "automotive",
            Domain = "quality",
        }, poster ?? Owner.Nobody, TestActors.Curator);
        await challenge.OpenAsync(TestActors.Curator);
        foreach (var provider in new[] { Alpha, Beta })
        {
            await seed.ProviderAsync(provider.Value, CatalogSeed.Provider($"{provider}科技"));
            await challenge.SubmitBidAsync(provider, new BidContent { Proposal = $"{provider} 的部署方案。", Price = 300, Schedule = "半年", Team = ["王工"] }, "op", TestActors.Curator);
        }

        return (challenge, seed, key);
    }
}
