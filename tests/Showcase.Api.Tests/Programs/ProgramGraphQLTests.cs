using System.Text.Json;
using Showcase.Api.Tests.Catalog;
using Showcase.Testing;

namespace Showcase.Api.Tests.Programs;

public sealed class ProgramGraphQLTests(HostFixture fixture)
{
    private const string Open = """
        mutation {
          openProgramCall(id: "call-2020", input: { program: "fusion-2020", title: "2020年融合发展试点示范申报", recommendationDue: "2030-11-20T09:00:00Z",
            reviewDue: "2030-12-04T09:00:00Z", publicationDue: "2030-12-18T09:00:00Z" }) { id version program { name recommenders { kind { code } quota } } }
          setProgramCallRecommenders(call: "call-2020", expectedVersion: 1, recommenders: [{ organisation: "org-recommender", kind: "local-authority" }]) { version recommenders { name quota } }
        }
        """;

    private const string Save = "mutation($input: ProgramApplicationInput!, $v: Int!) { saveProgramApplication(call: \"call-2020\", expectedVersion: $v, input: $input) { status version forms { code } } }";
    private const string Submit = "mutation($v: Int!, $pledge: Boolean!) { submitProgramApplication(call: \"call-2020\", expectedVersion: $v, pledge: $pledge) { status pledgedBy } }";

    [Fact]
    public async Task Call_AppliedRecommendedAndRead_EachPersonSeesWhatIsTheirs()
    {
        var portal = await CatalogPortal.CreateAsync(fixture);
        var opened = await portal.PostAsync(TestPortal.Curator, Open);
        var input = Application("sino-german", "fusion-2020-d09");
        var draft = await portal.DataAsync(TestPortal.Enterprise, "saveProgramApplication", Save, new { input, v = 0 });
        var unpledged = await portal.PostAsync(TestPortal.Enterprise, Submit, new { v = 1, pledge = false });
        var submitted = await portal.DataAsync(TestPortal.Enterprise, "submitProgramApplication", Submit, new { v = 1, pledge = true });
        const string read = "{ programCall(id: \"call-2020\") { applications { applicant projectName status rank } recommenders { recommended } } programApplication(call: \"call-2020\", applicant: \"org-enterprise\") { projectName answers { key } history { action } } }";
        var byRival = (await portal.PostAsync(TestPortal.RivalEnterprise, read)).EnsureNoErrors().Data;
        var byRecommender = (await portal.PostAsync(TestPortal.Recommender, read)).EnsureNoErrors().Data;
        await portal.DataAsync(TestPortal.Recommender, "recommendProgramApplications",
            "mutation { recommendProgramApplications(call: \"call-2020\", applicants: [\"org-enterprise\"]) { version } }");
        var byCurator = (await portal.PostAsync(TestPortal.Curator, read)).EnsureNoErrors().Data;
        var calls = await portal.DataAsync(null, "programCalls", "{ programCalls { id title submittedCount } }");

        opened.EnsureNoErrors();
        Assert.Equal(10, opened.Data.GetProperty("setProgramCallRecommenders").GetProperty("recommenders")[0].GetProperty("quota").GetInt32());
        Assert.Equal(("DRAFT", "sino-german"), (draft.GetProperty("status").GetString(), draft.GetProperty("forms")[0].GetProperty("code").GetString()));
        Assert.Equal(("REQUIRED", "pledge"), (unpledged.FirstCode, unpledged.Errors[0].Field));
        Assert.Equal("SUBMITTED", submitted.GetProperty("status").GetString());
        Assert.Equal(0, byRival.GetProperty("programCall").GetProperty("applications").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, byRival.GetProperty("programApplication").ValueKind);
        Assert.Equal(JsonValueKind.Null, byRival.GetProperty("programCall").GetProperty("recommenders")[0].GetProperty("recommended").ValueKind);
        Assert.Equal("中德合作示范项目", byRecommender.GetProperty("programCall").GetProperty("applications")[0].GetProperty("projectName").GetString());
        Assert.True(byRecommender.GetProperty("programApplication").GetProperty("answers").GetArrayLength() > 40);
        Assert.Equal(1, byCurator.GetProperty("programCall").GetProperty("applications")[0].GetProperty("rank").GetInt32());
        Assert.Equal("org-enterprise", byCurator.GetProperty("programCall").GetProperty("recommenders")[0].GetProperty("recommended")[0].GetString());
        Assert.Equal(1, calls[0].GetProperty("submittedCount").GetInt32());
        Assert.Equal(["新建申报书", "提交申报书并作真实性承诺"], byCurator.GetProperty("programApplication").GetProperty("history").EnumerateArray().Select(h => h.GetProperty("action").GetString()));
        Assert.Equal(0, byRecommender.GetProperty("programApplication").GetProperty("history").GetArrayLength());
    }

    [Fact]
    public async Task Mutations_ByPeopleWithoutTheRole_AreRefused_AndChangeNothing()
    {
        var portal = await CatalogPortal.CreateAsync(fixture);
        (await portal.PostAsync(TestPortal.Curator, Open)).EnsureNoErrors();

        var openByEnterprise = await portal.PostAsync(TestPortal.Enterprise, Open.Replace("call-2020", "call-x", StringComparison.Ordinal));
        var applyAsRecommender = await portal.PostAsync(TestPortal.Recommender, Save, new { input = Application("project", "fusion-2020-d06"), v = 0 });
        var recommendAsProvider = await portal.PostAsync(TestPortal.Provider, "mutation { recommendProgramApplications(call: \"call-2020\", applicants: []) { version } }");
        var honoursByEnterprise = await portal.PostAsync(TestPortal.Enterprise, "{ programHonours { projectName } }");
        var badDirection = await portal.PostAsync(TestPortal.Enterprise, Save, new { input = Application("project", "fusion-2019-d10"), v = 0 });
        var calls = await portal.DataAsync(TestPortal.Curator, "programCalls", "{ programCalls { id } }");

        Assert.Equal("FORBIDDEN", openByEnterprise.FirstCode);
        Assert.Equal("FORBIDDEN", applyAsRecommender.FirstCode);
        Assert.Equal("FORBIDDEN", recommendAsProvider.FirstCode);
        Assert.Equal("FORBIDDEN", honoursByEnterprise.FirstCode);
        Assert.Equal(("UNKNOWN_REFERENCE_CODE", "directions"), (badDirection.FirstCode, badDirection.Errors[0].Field));
        Assert.Equal(1, calls.GetArrayLength());
        Assert.Equal(JsonValueKind.Null, (await portal.DataAsync(TestPortal.Enterprise, "programCall", "{ programCall(id: \"call-2020\") { myApplication { version } } }"))
            .GetProperty("myApplication").ValueKind);
    }

    private static object Application(string form, string direction) => new
    {
        projectName = "中德合作示范项目",
        directions = new[] { direction },
        recommender = "org-recommender",
        answers = ProgramSeed.CompleteAnswers("fusion-2020", direction).Where(a => a.Key.StartsWith(form, StringComparison.Ordinal)).Select(a => new { key = a.Key, value = a.Value }).ToArray(),
    };
}
