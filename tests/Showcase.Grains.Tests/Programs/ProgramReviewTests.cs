using Showcase.Cases;
using Showcase.Challenges;
using Showcase.Common;
using Showcase.Listings;
using Showcase.Notifications;
using Showcase.People;
using Showcase.Programs;
using Showcase.Testing;
using Showcase.Titles;

namespace Showcase.Grains.Tests.Programs;

/// <summary>From the recommendation deadline to the final list: expert review, 公示 with objections, and the winners in the showcase.</summary>
[Collection(FakeClockCollection.Name)]
public sealed class ProgramReviewTests(FakeClockCluster cluster)
{
    private static readonly EntityId Province = EntityId.Parse("province");
    private static readonly EntityId First = EntityId.Parse("a-first");
    private static readonly EntityId Second = EntityId.Parse("a-second");
    private static readonly EntityId Unrecommended = EntityId.Parse("a-third");
    private static readonly EntityId ExpertA = EntityId.Parse("expert-a");
    private static readonly EntityId ExpertB = EntityId.Parse("expert-b");

    [Fact]
    public async Task SubmitAndRecommend_AfterTheDeadline_AreRefused_AndChangeNothing()
    {
        var (call, seed) = await CallWithApplicationsAsync("fusion-2020", "fusion-2020-d05", recommend: false);
        var draft = await cluster.Grains.GetProgramApplication(new ProgramApplicationKey(call.Key, EntityId.Parse("late")))
            .SaveAsync(ProgramSeed.Application("fusion-2020", "迟到的项目", Province, "fusion-2020-d05"), 0, Owner.Nobody, "迟到单位", ProgramSeed.Curator);
        cluster.Clock.Advance(TimeSpan.FromDays(11));

        var submit = await Assert.ThrowsAsync<DomainException>(() =>
            cluster.Grains.GetProgramApplication(draft.Key).SubmitAsync(true, draft.Version, ProgramSeed.Curator));
        var recommend = await Assert.ThrowsAsync<DomainException>(() => Call(call).RecommendAsync(Province, [First], ProgramSeed.Curator));

        Assert.Equal((ErrorCodes.DeadlinePassed, ErrorCodes.DeadlinePassed), (submit.Code, recommend.Code));
        Assert.Contains("截止", submit.Message, StringComparison.Ordinal);
        Assert.Equal(ProgramApplicationStatus.Draft, (await cluster.Grains.GetProgramApplication(draft.Key).GetAsync())!.Status);
        Assert.Empty((await Call(call).GetAsync())!.RecommendedBy(Province));
        _ = seed;
    }

    [Fact]
    public async Task StartReview_BeforeTheDeadlineOrWithoutExperts_IsRefused()
    {
        var (call, _) = await CallWithApplicationsAsync("fusion-2020", "fusion-2020-d05");

        var early = await Assert.ThrowsAsync<DomainException>(() => Call(call).StartReviewAsync(ProgramSeed.Curator));
        cluster.Clock.Advance(TimeSpan.FromDays(11));
        var noExperts = await Assert.ThrowsAsync<DomainException>(() => Call(call).StartReviewAsync(ProgramSeed.Curator));
        var badRubric = await Assert.ThrowsAsync<DomainException>(() =>
            Call(call).SetEvaluationAsync([new RubricCriterion("创新性", 60), new RubricCriterion("可推广性", 30)], [ExpertA], ProgramSeed.Curator));

        Assert.Contains("推荐截止", early.Message, StringComparison.Ordinal);
        Assert.Equal((ErrorCodes.Required, "reviewers"), (noExperts.Code, noExperts.Errors[0].Field));
        Assert.Contains("合计应为 100，现在是 90", badRubric.Message, StringComparison.Ordinal);
        var after = (await Call(call).GetAsync())!;
        Assert.Equal(ProgramCallStatus.Open, after.Status);
        Assert.Equal(ProgramCatalog.Find("fusion-2020")!.Rubric, after.Evaluation.Rubric);
    }

    [Fact]
    public async Task Review_RanksRecommendedApplications_RecusedExpertsDoNotCount_OthersCannotBeScored()
    {
        var (call, _) = await ReviewingAsync("fusion-2020", "fusion-2020-d05");

        await Call(call).ReviewAsync(Review(ExpertA, First, 90, 90, 90, 90), ProgramSeed.Curator);
        await Call(call).ReviewAsync(Review(ExpertB, First, 70, 70, 70, 70, "平台接入规模尚小。"), ProgramSeed.Curator);
        await Call(call).ReviewAsync(Review(ExpertA, Second, 95, 95, 95, 95), ProgramSeed.Curator);
        await Call(call).ReviewAsync(Review(ExpertB, Second, 10, 10, 10, 10), ProgramSeed.Curator);
        await Call(call).DeclareConflictAsync(ExpertB, Second, "曾为该单位提供咨询", ProgramSeed.Curator);
        var notRecommended = await Assert.ThrowsAsync<DomainException>(() => Call(call).ReviewAsync(Review(ExpertA, Unrecommended, 50, 50, 50, 50), ProgramSeed.Curator));
        var recused = await Assert.ThrowsAsync<DomainException>(() => Call(call).ReviewAsync(Review(ExpertB, Second, 99, 99, 99, 99), ProgramSeed.Curator));
        var stranger = await Assert.ThrowsAsync<DomainException>(() => Call(call).ReviewAsync(Review(EntityId.Parse("someone"), First, 1, 1, 1, 1), ProgramSeed.Curator));

        var evaluation = (await Call(call).GetAsync())!.Evaluation;
        Assert.Equal([(Second, 95m), (First, 80m)], evaluation.Ranking().Select(r => (r.Provider, r.Total)));
        var feedback = evaluation.FeedbackFor(First);
        Assert.Equal((2, 80m, 2), (feedback.Rank, feedback.Total, feedback.Reviewed));
        Assert.Equal(["平台接入规模尚小。"], feedback.Comments);
        Assert.Equal((ErrorCodes.NotFound, ErrorCodes.Forbidden, ErrorCodes.Forbidden), (notRecommended.Code, recused.Code, stranger.Code));
    }

    [Fact]
    public async Task Publication_TakesObjectionsInItsPeriod_AnUpheldOneRemovesTheProject_ThenTheListIsFinal()
    {
        var (call, seed) = await ReviewingAsync("fusion-2020", "fusion-2020-d05");
        var notRecommended = await Assert.ThrowsAsync<DomainException>(() => Call(call).PublishAsync([First, Unrecommended], null, ProgramSeed.Curator));
        var published = await Call(call).PublishAsync([First, Second], "名单公示 7 天。", ProgramSeed.Curator);

        await Call(call).ObjectAsync(Second, "申报材料中的用户数据与实际不符。", "objection-1", ProgramSeed.Curator);
        var retried = await Call(call).ObjectAsync(Second, "申报材料中的用户数据与实际不符。", "objection-1", ProgramSeed.Curator);
        var early = await Assert.ThrowsAsync<DomainException>(() => Call(call).ConcludeAsync(ProgramSeed.Curator));
        cluster.Clock.Advance(TimeSpan.FromDays(8));
        var late = await Assert.ThrowsAsync<DomainException>(() => Call(call).ObjectAsync(First, "迟到的异议", "objection-2", ProgramSeed.Curator));
        var unresolved = await Assert.ThrowsAsync<DomainException>(() => Call(call).ConcludeAsync(ProgramSeed.Curator));
        await Call(call).ResolveObjectionAsync("objection-1", upheld: true, "经核实，数据不实。", ProgramSeed.Curator);
        var concluded = await Call(call).ConcludeAsync(ProgramSeed.Curator);
        var again = await Call(call).ConcludeAsync(ProgramSeed.Curator);

        Assert.Equal(ErrorCodes.InvalidValue, notRecommended.Code);
        Assert.Equal(published.Publication!.PublishedAt.AddDays(7), published.Publication.ObjectionsDue);
        Assert.Single(retried.Publication!.Objections);
        Assert.Contains("公示期到", early.Message, StringComparison.Ordinal);
        Assert.Equal(ErrorCodes.DeadlinePassed, late.Code);
        Assert.Contains("未处理的异议", unresolved.Message, StringComparison.Ordinal);
        Assert.Equal(ProgramCallStatus.Concluded, concluded.Status);
        Assert.Equal([First], concluded.Publication!.Winners);
        Assert.Equal(DateOnly.FromDateTime(concluded.Publication.ConcludedAt!.Value.UtcDateTime).AddYears(2), concluded.Publication.PilotEnds);
        Assert.Equal(concluded.Version, again.Version);

        var firstNotices = (await Inbox(seed, First).ListAsync(10)).Select(n => n.Title).ToArray();
        Assert.Equal(["入选名单已确定", "申报项目入选公示名单"], firstNotices);
        Assert.Equal(["申报项目入选公示名单"], (await Inbox(seed, Second).ListAsync(10)).Select(n => n.Title));
        Assert.Empty(await Inbox(seed, Unrecommended).ListAsync(10));

        var honours = await cluster.Grains.GetProgramHonours(seed.Tenant).ListAsync();
        Assert.Equal([(First, "fusion-2020-d05")], honours.Select(h => (h.Organisation, h.Direction)));
        var draft = await cluster.Grains.GetCase(new CatalogKey(seed.Tenant, ProgramShowcase.IdFor(call.Key.Id, First))).GetAsync();
        Assert.Equal(("a-first 的项目", CaseStatus.Draft), (draft!.Content.Title, draft.Status));
        Assert.Equal(["fusion-2020-d05"], draft.Content.Programs);
        Assert.Contains("试点示范期", draft.Content.Body, StringComparison.Ordinal);
        Assert.Contains("## 二、（5）工业互联网平台技术架构", draft.Content.Body, StringComparison.Ordinal);
        Assert.Null(await cluster.Grains.GetCase(new CatalogKey(seed.Tenant, ProgramShowcase.IdFor(call.Key.Id, Second))).GetAsync());
    }

    [Fact]
    public async Task Conclude_AFactoryWinner_IsAFactorySelectedToBuild()
    {
        var (call, seed) = await ReviewingAsync("smart-manufacturing", ProgramShowcase.FactoryDirection);
        await Call(call).PublishAsync([First], null, ProgramSeed.Curator);
        cluster.Clock.Advance(TimeSpan.FromDays(8));

        await Call(call).ConcludeAsync(ProgramSeed.Curator);

        var factory = await cluster.Grains.GetFactory(new CatalogKey(seed.Tenant, ProgramShowcase.IdFor(call.Key.Id, First))).GetAsync();
        Assert.Equal(TitleStatus.Building, factory!.Title.Status);
        Assert.Equal(("32", "申报单位a-first"), (factory.Profile.Province, factory.Profile.Enterprise));
    }

    private async Task<(ProgramCallSnapshot Call, ProgramSeed Seed)> ReviewingAsync(string program, string direction)
    {
        var (call, seed) = await CallWithApplicationsAsync(program, direction);
        cluster.Clock.Advance(TimeSpan.FromDays(11));
        await Call(call).SetEvaluationAsync(call.Evaluation.Rubric, [ExpertA, ExpertB], ProgramSeed.Curator);
        return (await Call(call).StartReviewAsync(ProgramSeed.Curator), seed);
    }

    /// <summary>A call due in 10 days with three submitted applications, the first two recommended (in that order).</summary>
    private async Task<(ProgramCallSnapshot Call, ProgramSeed Seed)> CallWithApplicationsAsync(string program, string direction, bool recommend = true)
    {
        var seed = new ProgramSeed(cluster.Grains, TestTenants.Fresh());
        var id = EntityId.New();
        var call = await seed.CallAsync(id, ProgramSeed.Setup(program, due: cluster.Clock.GetUtcNow().AddDays(10)), new RecommenderSeat(Province, "local-authority", Quota: 5));
        foreach (var applicant in new[] { First, Second, Unrecommended })
        {
            await seed.SubmittedAsync(id, applicant, ProgramSeed.Application(program, $"{applicant} 的项目", Province, direction));
        }

        return (recommend ? await Call(call).RecommendAsync(Province, [First, Second], ProgramSeed.Curator) : call, seed);
    }

    private INotificationInboxGrain Inbox(ProgramSeed seed, EntityId applicant) =>
        cluster.Grains.GetNotificationInbox(new AccountKey(seed.Tenant, ProgramSeed.OwnerOf(applicant).Account!.Value));

    private IProgramCallGrain Call(ProgramCallSnapshot call) => cluster.Grains.GetProgramCall(call.Key);

    private static BidReview Review(EntityId expert, EntityId applicant, int a, int b, int c, int d, string? comment = null) =>
        new(expert, applicant, [a, b, c, d], comment, default);
}
