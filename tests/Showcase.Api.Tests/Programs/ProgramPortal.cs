using Showcase.Api.Tests.Catalog;
using Showcase.Testing;

namespace Showcase.Api.Tests.Programs;

/// <summary>A portal with an open 2030 融合发展 call <c>{call}</c> whose recommender is the test portal's <c>org-recommender</c>.</summary>
public static class ProgramPortal
{
    public const string Save = "mutation($call: ID!, $v: Int!, $input: ProgramApplicationInput!) { saveProgramApplication(call: $call, expectedVersion: $v, input: $input) { version } }";

    public static async Task<CatalogPortal> OpenAsync(HostFixture fixture, string call)
    {
        var portal = await CatalogPortal.CreateAsync(fixture);
        (await portal.PostAsync(TestPortal.Curator, $$"""
            mutation {
              openProgramCall(id: "{{call}}", input: { program: "fusion-2020", title: "2030年融合发展", recommendationDue: "2030-11-20T09:00:00Z", reviewDue: "2030-12-04T09:00:00Z", publicationDue: "2030-12-18T09:00:00Z" }) { id }
              setProgramCallRecommenders(call: "{{call}}", expectedVersion: 1, recommenders: [{ organisation: "org-recommender", kind: "local-authority" }]) { version }
            }
            """)).EnsureNoErrors();
        return portal;
    }

    /// <summary>A complete application to 两化融合管理体系贯标 and 中德智能制造合作, recommended by <c>org-recommender</c>, with the given files by slot.</summary>
    public static object Application(string projectName, params (string Slot, string[] Files)[] files) => new
    {
        projectName,
        directions = new[] { "fusion-2020-d01", "fusion-2020-d09" },
        recommender = "org-recommender",
        answers = ProgramSeed.CompleteAnswers("fusion-2020", "fusion-2020-d01", "fusion-2020-d09").Select(a => new { key = a.Key, value = a.Value }).ToArray(),
        files = files.Select(f => new { key = f.Slot, files = f.Files }).ToArray(),
    };
}
