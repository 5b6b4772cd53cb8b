using System.Text.Json;
using Showcase.Api.Tests.Catalog;
using Showcase.Testing;

namespace Showcase.Api.Tests.Challenges;

public sealed class ChallengeEvaluationGraphQLTests(HostFixture fixture)
{
    private const string SubmitFor = "mutation($p: ID!, $input: BidContentInput!) { submitBid(challenge: \"weld\", provider: $p, operationId: \"op\", input: $input) { version } }";

    [Fact]
    public async Task QuestionsAndBlindEvaluation_EachPersonSeesTheirPart_BiddersGetFeedback()
    {
        var portal = await CatalogPortal.CreateAsync(fixture);
        foreach (var (login, id) in new[] { (TestPortal.Provider, "mes"), (TestPortal.RivalProvider, "rival") })
        {
            await portal.DataAsync(login, "registerProvider", "mutation($id: ID!, $input: ProviderProfileInput!) { registerProvider(id: $id, input: $input) { id } }",
                new { id, input = CatalogInputs.Provider(id) });
            await portal.DataAsync(TestPortal.Curator, "listProvider", "mutation($id: ID!) { listProvider(id: $id) { id } }", new { id });
        }

        await portal.DataAsync(TestPortal.Curator, "createChallenge", "mutation($input: ChallengeContentInput!) { createChallenge(id: \"weld\", input: $input) { id } }",
            new { input = CatalogInputs.Challenge("") });
        await portal.DataAsync(TestPortal.Curator, "openChallenge", "mutation { openChallenge(id: \"weld\") { id } }");
        await portal.DataAsync(TestPortal.Provider, "submitBid", SubmitFor, new { p = "mes", input = CatalogInputs.Bid("") });
        await portal.DataAsync(TestPortal.RivalProvider, "submitBid", SubmitFor, new { p = "rival", input = CatalogInputs.Bid("") });

        var question = await portal.DataAsync(TestPortal.RivalProvider, "askQuestion",
            "mutation { askQuestion(challenge: \"weld\", provider: \"rival\", question: \"现有相机能否利旧？\", operationId: \"q1\") { id } }");
        await portal.DataAsync(TestPortal.Curator, "answerQuestion", "mutation($q: ID!) { answerQuestion(challenge: \"weld\", questionId: $q, answer: \"可以利旧。\") { id } }",
            new { q = question.GetProperty("id").GetString() });
        var publicQuestions = await portal.DataAsync(TestPortal.Provider, "challenge", "{ challenge(id: \"weld\") { questions { question answer askedBy } } }");
        var curatorQuestions = await portal.DataAsync(TestPortal.Curator, "challenge", "{ challenge(id: \"weld\") { questions { askedBy askedByName } bids { providerName } } }");

        await portal.DataAsync(TestPortal.Curator, "setChallengeEvaluation",
            "mutation { setChallengeEvaluation(challenge: \"weld\", rubric: [{ name: \"技术方案\", weight: 60 }, { name: \"报价\", weight: 40 }], reviewers: [\"reviewer\"], blind: true) { id } }");
        await portal.DataAsync(TestPortal.Curator, "advanceChallenge", "mutation { advanceChallenge(id: \"weld\", to: EVALUATING) { id } }");
        const string Workspace = "{ challenge(id: \"weld\") { evaluation { blind reviewers bids { bidder bidderName proposal myScores recused } ranking { bidder bidderName total } } } }";
        var reviewerView = await portal.PostAsync(TestPortal.Reviewer, Workspace);
        await portal.DataAsync(TestPortal.Reviewer, "reviewBid", "mutation { reviewBid(challenge: \"weld\", bidder: \"A\", scores: [90, 80], comment: \"方案扎实。\") { id } }");
        await portal.DataAsync(TestPortal.Reviewer, "declareConflict", "mutation { declareConflict(challenge: \"weld\", bidder: \"B\", note: \"曾任其顾问\") { id } }");
        var recused = await portal.PostAsync(TestPortal.Reviewer, "mutation { reviewBid(challenge: \"weld\", bidder: \"B\", scores: [100, 100]) { id } }");
        var enterpriseView = await portal.DataAsync(TestPortal.Enterprise, "challenge", "{ challenge(id: \"weld\") { evaluation { blind } } }");
        var curatorView = await portal.DataAsync(TestPortal.Curator, "challenge", "{ challenge(id: \"weld\") { evaluation { reviewers ranking { bidder bidderName total averages } } } }");

        await portal.DataAsync(TestPortal.Curator, "awardChallenge", "mutation { awardChallenge(id: \"weld\", providers: [\"mes\"]) { status } }");
        var winnerFeedback = await portal.DataAsync(TestPortal.Provider, "challenge", "{ challenge(id: \"weld\") { feedback(provider: \"mes\") { averages total rank reviewed comments } } }");
        var snooping = await portal.DataAsync(TestPortal.RivalProvider, "challenge", "{ challenge(id: \"weld\") { feedback(provider: \"mes\") { total } } }");
        var rivalFeedback = await portal.DataAsync(TestPortal.RivalProvider, "challenge", "{ challenge(id: \"weld\") { feedback(provider: \"rival\") { total rank comments } } }");

        var asked = Assert.Single(publicQuestions.GetProperty("questions").EnumerateArray());
        Assert.Equal(("可以利旧。", JsonValueKind.Null), (asked.GetProperty("answer").GetString(), asked.GetProperty("askedBy").ValueKind));
        Assert.Equal(("rival", "rival工业软件有限公司"),
            (curatorQuestions.GetProperty("questions")[0].GetProperty("askedBy").GetString(), curatorQuestions.GetProperty("questions")[0].GetProperty("askedByName").GetString()));
        Assert.Equal(["mes工业软件有限公司", "rival工业软件有限公司"], curatorQuestions.GetProperty("bids").EnumerateArray().Select(b => b.GetProperty("providerName").GetString()));

        var workspace = reviewerView.EnsureNoErrors().Data.GetProperty("challenge").GetProperty("evaluation");
        Assert.Equal(["A", "B"], workspace.GetProperty("bids").EnumerateArray().Select(b => b.GetProperty("bidder").GetString()));
        Assert.Equal(["A", "B"], workspace.GetProperty("bids").EnumerateArray().Select(b => b.GetProperty("bidderName").GetString()));
        Assert.Equal(JsonValueKind.Null, workspace.GetProperty("reviewers").ValueKind);
        Assert.DoesNotContain("\"mes\"", reviewerView.Body);
        Assert.DoesNotContain("rival", reviewerView.Body);
        Assert.Equal("FORBIDDEN", recused.FirstCode);
        Assert.Equal(JsonValueKind.Null, enterpriseView.GetProperty("evaluation").ValueKind);

        var ranking = curatorView.GetProperty("evaluation").GetProperty("ranking");
        Assert.Equal(("mes", "mes工业软件有限公司", 86m),
            (ranking[0].GetProperty("bidder").GetString(), ranking[0].GetProperty("bidderName").GetString(), ranking[0].GetProperty("total").GetDecimal()));
        Assert.Equal(["reviewer"], curatorView.GetProperty("evaluation").GetProperty("reviewers").EnumerateArray().Select(r => r.GetString()));

        var feedback = winnerFeedback.GetProperty("feedback");
        Assert.Equal([90m, 80m], feedback.GetProperty("averages").EnumerateArray().Select(a => a.GetDecimal()));
        Assert.Equal((1, 1), (feedback.GetProperty("rank").GetInt32(), feedback.GetProperty("reviewed").GetInt32()));
        Assert.Equal(["方案扎实。"], feedback.GetProperty("comments").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(JsonValueKind.Null, snooping.GetProperty("feedback").ValueKind);
        Assert.Equal(JsonValueKind.Null, rivalFeedback.GetProperty("feedback").GetProperty("total").ValueKind);
    }
}
