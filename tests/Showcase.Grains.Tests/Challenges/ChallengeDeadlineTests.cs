using Showcase.Challenges;
using Showcase.Common;
using Showcase.Testing;

namespace Showcase.Grains.Tests.Challenges;

/// <summary>A challenge's bid deadline, passed by moving the cluster's clock rather than by waiting, so a busy machine cannot make the early bid late.</summary>
[Collection(FakeClockCollection.Name)]
public sealed class ChallengeDeadlineTests(FakeClockCluster fixture)
{
    [Fact]
    public async Task Bid_AfterTheDeadline_IsRefused_ButARetryOfAnAcknowledgedOneStillAnswers()
    {
        var tenant = TestTenants.Fresh();
        var challenge = fixture.Grains.GetChallenge(new ChallengeKey(tenant, EntityId.New()));
        await challenge.CreateAsync(ChallengeGrainTests.Content(fixture.Clock.GetUtcNow().AddDays(1)), Owner.Nobody, TestActors.Curator);
        await challenge.OpenAsync(TestActors.Curator);
        var seed = new CatalogSeed(fixture.Grains, tenant);
        await seed.ProviderAsync("early", CatalogSeed.Provider("早到科技"));
        await seed.ProviderAsync("late", CatalogSeed.Provider("迟到科技"));
        await challenge.SubmitBidAsync(EntityId.Parse("early"), ChallengeGrainTests.Bid, "op-early", TestActors.Curator);

        fixture.Clock.Advance(TimeSpan.FromDays(2));
        var late = await Assert.ThrowsAsync<DomainException>(() => challenge.SubmitBidAsync(EntityId.Parse("late"), ChallengeGrainTests.Bid, "op-late", TestActors.Curator));
        var retried = await challenge.SubmitBidAsync(EntityId.Parse("early"), ChallengeGrainTests.Bid, "op-early", TestActors.Curator);

        Assert.Equal(ErrorCodes.DeadlinePassed, late.Errors[0].Code);
        Assert.Equal(1, retried.Version);
        Assert.Single((await challenge.GetAsync())!.Bids);
    }
}
