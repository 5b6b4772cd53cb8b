using Microsoft.Extensions.DependencyInjection;
using Showcase.Api.Challenges;
using Showcase.Api.Tests.Catalog;
using Showcase.Testing;

namespace Showcase.Api.Tests.Challenges;

public sealed class ChallengeGraphQLTests(HostFixture fixture)
{
    private const string ChallengeFields = "id title status statusLabel version bidCount bids { provider status version }";
    private const string Submit = "mutation($input: BidContentInput!, $op: String!) { submitBid(challenge: \"weld\", provider: \"mes\", operationId: $op, input: $input) { provider status version price } }";

    private static readonly object Challenge = CatalogInputs.Challenge("");

    private static readonly object Bid = CatalogInputs.Bid("");

    [Fact]
    public async Task ChallengeMatches_AreRankedFromAKeptRoster_ThatAProviderListedSinceRenews()
    {
        var portal = await CatalogPortal.CreateAsync(fixture);
        var rosters = fixture.Host.Services.GetRequiredService<MatchRosters>();
        await portal.DataAsync(TestPortal.Provider, "registerProvider", "mutation($input: ProviderProfileInput!) { registerProvider(id: \"mes\", input: $input) { id } }",
            new { input = CatalogInputs.Provider("甲") });
        await portal.DataAsync(TestPortal.Curator, "listProvider", "mutation { listProvider(id: \"mes\") { id } }");
        await portal.DataAsync(TestPortal.Curator, "createChallenge", "mutation($input: ChallengeContentInput!) { createChallenge(id: \"weld\", input: $input) { id } }", new { input = Challenge });
        const string Matches = "{ challengeMatches(id: \"weld\") { provider } }";

        var before = await portal.DataAsync(TestPortal.Curator, "challengeMatches", Matches);
        var kept = await rosters.ForAsync(portal.Tenant);
        var unchanged = await rosters.ForAsync(portal.Tenant);
        await portal.DataAsync(TestPortal.RivalProvider, "registerProvider", "mutation($input: ProviderProfileInput!) { registerProvider(id: \"rival\", input: $input) { id } }",
            new { input = CatalogInputs.Provider("乙") });
        await portal.DataAsync(TestPortal.Curator, "listProvider", "mutation { listProvider(id: \"rival\") { id } }");
        var after = await portal.DataAsync(TestPortal.Curator, "challengeMatches", Matches);

        Assert.Equal(["mes"], before.EnumerateArray().Select(m => m.GetProperty("provider").GetString()));
        Assert.Same(kept, unchanged);
        Assert.Equal(["mes", "rival"], after.EnumerateArray().Select(m => m.GetProperty("provider").GetString()).Order());
        Assert.NotSame(kept, await rosters.ForAsync(portal.Tenant));
    }

    [Fact]
    public async Task Challenge_PostedOpenedAndBidOn_EachPersonSeesWhatIsTheirs()
    {
        var portal = await CatalogPortal.CreateAsync(fixture);
        await portal.DataAsync(TestPortal.Provider, "registerProvider", "mutation($input: ProviderProfileInput!) { registerProvider(id: \"mes\", input: $input) { id } }",
            new { input = CatalogInputs.Provider("甲") });
        await portal.DataAsync(TestPortal.Curator, "listProvider", "mutation { listProvider(id: \"mes\") { id } }");

        await portal.DataAsync(TestPortal.Curator, "createChallenge", $"mutation($input: ChallengeContentInput!) {{ createChallenge(id: \"weld\", input: $input) {{ {ChallengeFields} }} }}", new { input = Challenge });
        var hiddenDraft = await portal.DataAsync(TestPortal.Enterprise, "challenge", "{ challenge(id: \"weld\") { id } }");
        var opened = await portal.DataAsync(TestPortal.Curator, "openChallenge", $"mutation {{ openChallenge(id: \"weld\") {{ {ChallengeFields} }} }}");
        var first = await portal.DataAsync(TestPortal.Provider, "submitBid", Submit, new { input = Bid, op = "bid-1" });
        var retried = await portal.DataAsync(TestPortal.Provider, "submitBid", Submit, new { input = Bid, op = "bid-1" });
        var byRival = await portal.PostAsync(TestPortal.RivalProvider, Submit, new { input = Bid, op = "bid-x" });
        var rivalView = await portal.DataAsync(TestPortal.RivalProvider, "challenge", "{ challenge(id: \"weld\") { bidCount bids { provider } bid(provider: \"mes\") { proposal } } }");
        var ownView = await portal.DataAsync(TestPortal.Provider, "challenge", "{ challenge(id: \"weld\") { bid(provider: \"mes\") { proposal version } } }");
        var curatorView = await portal.DataAsync(TestPortal.Curator, "challenge", $"{{ challenge(id: \"weld\") {{ {ChallengeFields} }} }}");
        var board = await portal.DataAsync(null, "challenges", "{ challenges(statuses: [OPEN]) { totalCount items { id statusLabel bids } } }");
        var matches = await portal.DataAsync(TestPortal.Curator, "challengeMatches", "{ challengeMatches(id: \"weld\") { provider score industry domain region sharedTechnologies } }");
        var matchesByEnterprise = await portal.PostAsync(TestPortal.Enterprise, "{ challengeMatches(id: \"weld\") { provider } }");
        var notices = await portal.DataAsync(TestPortal.Provider, "notifications", "{ notifications { items { title link } } }");
        var myBids = await portal.DataAsync(TestPortal.Provider, "myBids", "{ myBids(provider: \"mes\") { challenge { id } bid { version } } }");
        var rivalsBids = await portal.PostAsync(TestPortal.RivalProvider, "{ myBids(provider: \"mes\") { challenge { id } } }");
        var recommended = await portal.DataAsync(TestPortal.Provider, "recommendedChallenges", "{ recommendedChallenges(provider: \"mes\") { challenge { id } match { score industry } } }");

        Assert.Equal(System.Text.Json.JsonValueKind.Null, hiddenDraft.ValueKind);
        Assert.Equal("揭榜中", opened.GetProperty("statusLabel").GetString());
        Assert.Equal((1, 1), (first.GetProperty("version").GetInt32(), retried.GetProperty("version").GetInt32()));
        Assert.Equal("FORBIDDEN", byRival.FirstCode);
        Assert.Equal(1, rivalView.GetProperty("bidCount").GetInt32());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, rivalView.GetProperty("bids").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, rivalView.GetProperty("bid").ValueKind);
        Assert.Equal("机器视觉 + 边缘计算。", ownView.GetProperty("bid").GetProperty("proposal").GetString());
        Assert.Equal("mes", Assert.Single(curatorView.GetProperty("bids").EnumerateArray()).GetProperty("provider").GetString());
        Assert.Equal(1, board.GetProperty("totalCount").GetInt32());
        var best = matches[0];
        Assert.Equal(("mes", 1.0, 1.0, 1.0), (best.GetProperty("provider").GetString(), best.GetProperty("industry").GetDouble(), best.GetProperty("domain").GetDouble(), best.GetProperty("region").GetDouble()));
        Assert.Equal("FORBIDDEN", matchesByEnterprise.FirstCode);
        Assert.Contains(notices.GetProperty("items").EnumerateArray(), n => n.GetProperty("link").GetString()!.EndsWith("/challenges/weld", StringComparison.Ordinal));
        Assert.Equal("weld", Assert.Single(myBids.EnumerateArray()).GetProperty("challenge").GetProperty("id").GetString());
        Assert.Equal("FORBIDDEN", rivalsBids.FirstCode);
        var recommendation = Assert.Single(recommended.EnumerateArray());
        Assert.Equal(("weld", 1.0), (recommendation.GetProperty("challenge").GetProperty("id").GetString(), recommendation.GetProperty("match").GetProperty("industry").GetDouble()));
    }

    [Fact]
    public async Task Delivery_ReportedAndAccepted_LeavesTheWinnerADraftCaseToComplete()
    {
        var portal = await CatalogPortal.CreateAsync(fixture);
        await portal.DataAsync(TestPortal.Provider, "registerProvider", "mutation($input: ProviderProfileInput!) { registerProvider(id: \"mes\", input: $input) { id } }",
            new { input = CatalogInputs.Provider("甲") });
        await portal.DataAsync(TestPortal.Curator, "listProvider", "mutation { listProvider(id: \"mes\") { id } }");
        await portal.DataAsync(TestPortal.Curator, "createChallenge", "mutation($input: ChallengeContentInput!) { createChallenge(id: \"weld\", input: $input) { id } }", new { input = Challenge });
        await portal.DataAsync(TestPortal.Curator, "openChallenge", "mutation { openChallenge(id: \"weld\") { id } }");
        await portal.DataAsync(TestPortal.Provider, "submitBid", Submit, new { input = Bid, op = "bid-1" });
        await portal.DataAsync(TestPortal.Curator, "advanceChallenge", "mutation { advanceChallenge(id: \"weld\", to: EVALUATING) { id } }");
        await portal.DataAsync(TestPortal.Curator, "awardChallenge", "mutation { awardChallenge(id: \"weld\", providers: [\"mes\"]) { id } }");
        var due = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(60)).ToString("yyyy-MM-dd");
        await portal.DataAsync(TestPortal.Curator, "planMilestones", "mutation($due: DateOnly!) { planMilestones(challenge: \"weld\", milestones: [{ title: \"部署完成\", due: $due }]) { id } }", new { due });
        await portal.DataAsync(TestPortal.Curator, "advanceChallenge", "mutation { advanceChallenge(id: \"weld\", to: DELIVERING) { id } }");

        var byRival = await portal.PostAsync(TestPortal.RivalProvider, "mutation { reportMilestone(challenge: \"weld\", provider: \"mes\", milestone: 0, report: \"冒名报告\") { id } }");
        var reported = await portal.DataAsync(TestPortal.Provider, "reportMilestone", "mutation { reportMilestone(challenge: \"weld\", provider: \"mes\", milestone: 0, report: \"12 个工位已部署。\") { milestones { title report } } }");
        var accepted = await portal.DataAsync(TestPortal.Curator, "advanceChallenge", "mutation { advanceChallenge(id: \"weld\", to: ACCEPTED, note: \"漏检率 0.3%，达标。\") { statusLabel } }");
        var draft = await portal.DataAsync(TestPortal.Provider, "case", "{ case(id: \"weld-mes\") { title status } }");
        var hidden = await portal.DataAsync(TestPortal.Enterprise, "case", "{ case(id: \"weld-mes\") { title } }");

        Assert.Equal("FORBIDDEN", byRival.FirstCode);
        Assert.Equal("12 个工位已部署。", reported.GetProperty("milestones")[0].GetProperty("report").GetString());
        Assert.Equal("已验收", accepted.GetProperty("statusLabel").GetString());
        Assert.Equal(("焊装车间焊点质量在线检测", "DRAFT"), (draft.GetProperty("title").GetString(), draft.GetProperty("status").GetString()));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, hidden.ValueKind);
    }

    [Fact]
    public async Task Challenge_BadInput_ExplainsEveryProblem_AndChangesNothing()
    {
        var portal = await CatalogPortal.CreateAsync(fixture);

        var refused = await portal.PostAsync(TestPortal.Curator, "mutation($input: ChallengeContentInput!) { createChallenge(id: \"bad\", input: $input) { id } }",
            new { input = new { title = "预算不对的榜单", budgetMin = 500m, budgetMax = 100m, industry = "no-such-industry" } });
        var byEnterprise = await portal.PostAsync(TestPortal.Provider, "mutation($input: ChallengeContentInput!) { createChallenge(id: \"p\", input: $input) { id } }",
            new { input = new { title = "供应商发榜" } });
        var stored = await portal.DataAsync(TestPortal.Curator, "challenges", "{ challenges { totalCount } }");

        Assert.Equal(["industry", "budget"], refused.Errors.Select(e => e.Field));
        Assert.Equal("FORBIDDEN", byEnterprise.FirstCode);
        Assert.Equal(0, stored.GetProperty("totalCount").GetInt32());
    }
}
