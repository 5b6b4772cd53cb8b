using Showcase.Challenges;
using Showcase.Common;
using Showcase.Testing;

namespace Showcase.Grains.Tests.Challenges;

/// <summary>Many providers bid on one challenge at once, each sending its submission several times (retries).</summary>
public sealed class BidStormTests(ClusterFixture fixture)
{
    private const int Providers = 100;
    private const int Retries = 4;

    [Fact]
    public async Task BidStorm_EveryAcknowledgedBidIsStoredOnce_AndExcessLoadIsRefusedClearly()
    {
        var tenant = TestTenants.Fresh();
        var key = new ChallengeKey(tenant, EntityId.New());
        var challenge = fixture.Grains.GetChallenge(key);
        var seed = new CatalogSeed(fixture.Grains, tenant);
        await challenge.CreateAsync(new ChallengeContent
        {
            Title = "热轧产线设备预测性维护",
            Goals = "非计划停机减少 30%。",
            Indicators = [new ChallengeIndicator("非计划停机", "-30", "%")],
            BidsDue = DateTimeOffset.UtcNow.AddDays(7),
            Industry = "ferrous-metals",
        }, Owner.Nobody, TestActors.Curator);
        await challenge.OpenAsync(TestActors.Curator);
        var providers = Enumerable.Range(1, Providers).Select(i => EntityId.Parse($"p{i:00}")).ToArray();
        await Task.WhenAll(providers.Select(p => seed.ProviderAsync(p.Value, CatalogSeed.Provider($"供应商{p}"))));

        // Every provider's one submission, sent Retries times at once, all providers together.
        var calls = providers.SelectMany(p => Enumerable.Range(0, Retries).Select(_ => (Provider: p, Call: Submit(challenge, p)))).ToArray();
        await Task.WhenAll(calls.Select(c => c.Call.ContinueWith(_ => { }, TaskScheduler.Default)));
        var acknowledged = calls.Where(c => c.Call.IsCompletedSuccessfully).Select(c => c.Provider).Distinct().ToArray();
        var refusals = calls.Where(c => c.Call.IsFaulted).Select(c => c.Call.Exception!.InnerException).ToArray();

        // Whoever was refused tries again, one at a time, with the same operation.
        foreach (var provider in providers.Except(acknowledged))
        {
            await Submit(challenge, provider);
        }

        Assert.NotEmpty(refusals);
        Assert.All(refusals, e => Assert.Equal(ErrorCodes.Busy, Assert.IsType<DomainException>(e).Errors[0].Code));
        var stored = (await challenge.GetAsync())!.Bids;
        Assert.Equal(providers.Select(p => p.Value).Order(), stored.Select(b => b.Provider.Value).Order());
        Assert.All(stored, b => Assert.Equal((BidStatus.Submitted, 1), (b.Status, b.Version)));
        foreach (var provider in providers)
        {
            Assert.Equal(1, (await fixture.Grains.GetBid(key, provider).GetAsync())!.Version);
        }
    }

    private static Task<BidSnapshot> Submit(IChallengeGrain challenge, EntityId provider) =>
        challenge.SubmitBidAsync(provider, new BidContent
        {
            Proposal = $"{provider} 的振动监测与机理模型方案。",
            Price = 300,
            Schedule = "半年",
            Team = ["张工 · 项目经理"],
        }, $"submit-{provider}", TestActors.Curator);
}
