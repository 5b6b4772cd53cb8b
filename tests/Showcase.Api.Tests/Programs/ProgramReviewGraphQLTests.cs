using System.Text.Json;
using Showcase.Api.Tests.Catalog;
using Showcase.Testing;

namespace Showcase.Api.Tests.Programs;

public sealed class ProgramReviewGraphQLTests(HostFixture fixture)
{
    private const string Read = """
        { programCall(id: "review") { status
            evaluation { reviewers ranking { applicant total } applications { applicant projectName myScores } }
            publication { winners { projectName } objectionsDue objections { text by } }
            applications { applicant } }
          programApplication(call: "review", applicant: "org-rival-enterprise") { projectName feedback { rank total averages comments } } }
        """;

    [Fact]
    public async Task Review_ExpertsScoreRecommendedApplications_ThePublicSeesTheList_TheApplicantItsFeedback()
    {
        var portal = await CatalogPortal.CreateAsync(fixture);
        // Long enough for the applications below on a busy machine; the test then waits only for what is left of it.
        var due = DateTimeOffset.UtcNow.AddSeconds(12);
        (await portal.PostAsync(TestPortal.Curator, $$"""
            mutation {
              openProgramCall(id: "review", input: { program: "fusion-2020", title: "评审批次", recommendationDue: "{{due:O}}", reviewDue: "2030-12-04T09:00:00Z", publicationDue: "2030-12-18T09:00:00Z" }) { id }
              setProgramCallRecommenders(call: "review", expectedVersion: 1, recommenders: [{ organisation: "org-recommender", kind: "local-authority" }]) { version }
            }
            """)).EnsureNoErrors();
        foreach (var (login, project) in new[] { (TestPortal.Enterprise, "甲项目"), (TestPortal.RivalEnterprise, "乙项目") })
        {
            (await portal.PostAsync(login, "mutation($input: ProgramApplicationInput!) { saveProgramApplication(call: \"review\", expectedVersion: 0, input: $input) { version } submitProgramApplication(call: \"review\", expectedVersion: 1, pledge: true) { status } }",
                new { input = new { projectName = project, directions = new[] { "fusion-2020-d05" }, recommender = "org-recommender", answers = Answers() } })).EnsureNoErrors();
        }

        await portal.DataAsync(TestPortal.Recommender, "recommendProgramApplications",
            "mutation { recommendProgramApplications(call: \"review\", applicants: [\"org-enterprise\", \"org-rival-enterprise\"]) { version } }");
        var unknownExpert = await portal.PostAsync(TestPortal.Curator, "mutation { setProgramCallEvaluation(call: \"review\", rubric: [{ name: \"创新性\", weight: 100 }], reviewers: [\"enterprise\"]) { version } }");
        await portal.DataAsync(TestPortal.Curator, "setProgramCallEvaluation",
            "mutation { setProgramCallEvaluation(call: \"review\", rubric: [{ name: \"创新性\", weight: 60 }, { name: \"可推广性\", weight: 40 }], reviewers: [\"reviewer\"]) { version } }");
        await Task.Delay(due - DateTimeOffset.UtcNow + TimeSpan.FromMilliseconds(300), TestContext.Current.CancellationToken);
        await portal.DataAsync(TestPortal.Curator, "startProgramReview", "mutation { startProgramReview(call: \"review\") { status } }");
        var expertView = (await portal.PostAsync(TestPortal.Reviewer, Read)).EnsureNoErrors().Data;
        const string score = "mutation($a: ID!, $s: [Int!]!, $c: String) { reviewProgramApplication(call: \"review\", applicant: $a, scores: $s, comment: $c) { status } }";
        await portal.DataAsync(TestPortal.Reviewer, "reviewProgramApplication", score, new { a = "org-enterprise", s = new[] { 90, 80 }, c = (string?)null });
        await portal.DataAsync(TestPortal.Reviewer, "reviewProgramApplication", score, new { a = "org-rival-enterprise", s = new[] { 60, 50 }, c = "平台规模偏小。" });
        var byApplicant = await portal.PostAsync(TestPortal.Enterprise, "mutation { reviewProgramApplication(call: \"review\", applicant: \"org-enterprise\", scores: [100, 100]) { status } }");
        await portal.DataAsync(TestPortal.Curator, "publishProgramResults", "mutation { publishProgramResults(call: \"review\", winners: [\"org-enterprise\"], note: \"公示期 7 天\") { status } }");
        const string objection = "mutation { objectToProgramResult(call: \"review\", applicant: \"org-enterprise\", text: \"数据有误\", operationId: \"o1\") { status } }";
        var anonymousObjection = await portal.PostAsync(null, objection);
        await portal.DataAsync(TestPortal.RivalEnterprise, "objectToProgramResult", objection);
        var publicView = (await portal.PostAsync(null, Read)).EnsureNoErrors().Data.GetProperty("programCall");
        var curatorView = (await portal.PostAsync(TestPortal.Curator, Read)).EnsureNoErrors().Data.GetProperty("programCall");
        var rivalView = (await portal.PostAsync(TestPortal.RivalEnterprise, Read)).EnsureNoErrors().Data.GetProperty("programApplication");

        Assert.Equal("NOT_FOUND", unknownExpert.FirstCode);
        Assert.Equal(2, expertView.GetProperty("programCall").GetProperty("evaluation").GetProperty("applications").GetArrayLength());
        Assert.Equal("乙项目", expertView.GetProperty("programApplication").GetProperty("projectName").GetString());
        Assert.Equal(JsonValueKind.Null, expertView.GetProperty("programCall").GetProperty("evaluation").GetProperty("reviewers").ValueKind);
        Assert.Equal("FORBIDDEN", byApplicant.FirstCode);
        Assert.Equal("UNAUTHENTICATED", anonymousObjection.FirstCode);
        Assert.Equal("PUBLICISING", publicView.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, publicView.GetProperty("evaluation").ValueKind);
        Assert.Equal("甲项目", publicView.GetProperty("publication").GetProperty("winners")[0].GetProperty("projectName").GetString());
        Assert.Equal(JsonValueKind.Null, publicView.GetProperty("publication").GetProperty("objections").ValueKind);
        Assert.Equal(0, publicView.GetProperty("applications").GetArrayLength());
        Assert.Equal("数据有误", curatorView.GetProperty("publication").GetProperty("objections")[0].GetProperty("text").GetString());
        Assert.Equal([("org-enterprise", 86m), ("org-rival-enterprise", 56m)], curatorView.GetProperty("evaluation").GetProperty("ranking").EnumerateArray()
            .Select(r => (r.GetProperty("applicant").GetString(), r.GetProperty("total").GetDecimal())));
        var feedback = rivalView.GetProperty("feedback");
        Assert.Equal((2, 56m), (feedback.GetProperty("rank").GetInt32(), feedback.GetProperty("total").GetDecimal()));
        Assert.Equal(["平台规模偏小。"], feedback.GetProperty("comments").EnumerateArray().Select(c => c.GetString()));
    }

    private static object[] Answers() =>
        ProgramSeed.CompleteAnswers("fusion-2020", "fusion-2020-d05").Select(a => (object)new { key = a.Key, value = a.Value }).ToArray();
}
