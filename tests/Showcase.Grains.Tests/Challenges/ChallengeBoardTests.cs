using Showcase.Challenges;
using Showcase.Common;
using Showcase.Testing;

namespace Showcase.Grains.Tests.Challenges;

public sealed class ChallengeBoardTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Board_ListsOpenChallengesToEveryone_DraftsToTheirPosters_WithBidCounts()
    {
        var tenant = TestTenants.Fresh();
        var poster = new Owner(EntityId.Parse("poster"), EntityId.Parse("org"));
        var content = new ChallengeContent
        {
            Title = "注塑车间能耗优化",
            Goals = "单位能耗下降 10%。",
            Indicators = [new ChallengeIndicator("单位能耗", "-10", "%")],
            BidsDue = DateTimeOffset.UtcNow.AddDays(10),
            Industry = "light-industry",
        };
        var open = fixture.Grains.GetChallenge(new ChallengeKey(tenant, EntityId.Parse("open")));
        await open.CreateAsync(content, poster, TestActors.Curator);
        await open.OpenAsync(TestActors.Curator);
        await fixture.Grains.GetChallenge(new ChallengeKey(tenant, EntityId.Parse("draft"))).CreateAsync(content with { Title = "草稿榜单" }, poster, TestActors.Curator);
        await new CatalogSeed(fixture.Grains, tenant).ProviderAsync("p1", CatalogSeed.Provider("甲科技"));
        await open.SubmitBidAsync(EntityId.Parse("p1"), new BidContent { Proposal = "方案", Price = 10, Schedule = "三个月", Team = ["王工"] }, "op", TestActors.Curator);

        var board = fixture.Grains.GetChallengeBoard(tenant);
        // The board hears bid counts shortly after the bid, not within it.
        await Eventually.TrueAsync(async () => (await board.ListAsync(new ChallengeBoardQuery())).Items.Any(c => c.Bids == 1), TestContext.Current.CancellationToken);
        var publicView = await board.ListAsync(new ChallengeBoardQuery(VisibleTo: Owner.Nobody));
        var posterView = await board.ListAsync(new ChallengeBoardQuery(VisibleTo: poster));
        var openOnly = await board.ListAsync(new ChallengeBoardQuery(Statuses: [ChallengeStatus.Open], VisibleTo: poster));

        var listed = Assert.Single(publicView.Items);
        Assert.Equal(("open", 1), (listed.Id.Value, listed.Bids));
        Assert.Equal(2, posterView.TotalCount);
        Assert.Equal("open", Assert.Single(openOnly.Items).Id.Value);
    }
}
