using System.Text.Json;
using Showcase.Testing;

namespace Showcase.Api.Tests.Catalog;

public sealed class CaseGraphQLTests(HostFixture fixture)
{
    private const string Fields = CatalogInputs.CaseFields;
    private const string Create = $"mutation($id: ID, $input: CaseContentInput!) {{ createCase(id: $id, input: $input) {{ {Fields} }} }}";
    private const string Edit = $"mutation($id: ID!, $v: Int!, $input: CaseContentInput!) {{ editCase(id: $id, expectedVersion: $v, input: $input) {{ {Fields} }} }}";
    private const string Read = $"query($id: ID!) {{ case(id: $id) {{ {Fields} contactName metrics {{ name unit before after changePercent }} industries {{ code name }} revisions {{ number title savedBy }} }} }}";

    [Fact]
    public async Task Case_FromDraftThroughReviewToPublished_EachPersonSeesWhatTheyMay()
    {
        var portal = await CatalogPortal.CreateAsync(fixture);
        await portal.DataAsync(TestPortal.Enterprise, "createCase", Create, new { id = "weld", input = new { title = "焊点检测草稿" } });

        var incomplete = await portal.PostAsync(TestPortal.Enterprise, $"mutation {{ submitCase(id: \"weld\") {{ {Fields} }} }}");
        Assert.Contains(incomplete.Errors, e => e.Code == "REQUIRED" && e.Field == "body");
        Assert.Contains(incomplete.Errors, e => e.Code == "REQUIRED" && e.Field == "metrics");
        Assert.Equal(JsonValueKind.Null, (await portal.DataAsync(null, "case", Read, new { id = "weld" })).ValueKind);
        Assert.Equal(JsonValueKind.Null, (await portal.DataAsync(TestPortal.RivalEnterprise, "case", Read, new { id = "weld" })).ValueKind);

        await portal.DataAsync(TestPortal.Enterprise, "editCase", Edit, new { id = "weld", v = 1, input = CatalogInputs.Case("甲") });
        var submitted = await portal.DataAsync(TestPortal.Enterprise, "submitCase", $"mutation {{ submitCase(id: \"weld\") {{ {Fields} }} }}");
        Assert.Equal("IN_REVIEW", submitted.GetProperty("status").GetString());

        var selfPublish = await portal.PostAsync(TestPortal.Enterprise, $"mutation {{ publishCase(id: \"weld\") {{ {Fields} }} }}");
        Assert.Equal("FORBIDDEN", selfPublish.FirstCode);

        var returned = await portal.DataAsync(TestPortal.Curator, "returnCase", $"mutation {{ returnCase(id: \"weld\", note: \"请补充改造前的检测效率。\") {{ {Fields} }} }}");
        Assert.Equal("DRAFT", returned.GetProperty("status").GetString());
        var ownerView = await portal.DataAsync(TestPortal.Enterprise, "case", Read, new { id = "weld" });
        Assert.Equal("请补充改造前的检测效率。", ownerView.GetProperty("statusNote").GetString());

        await portal.DataAsync(TestPortal.Enterprise, "submitCase", $"mutation {{ submitCase(id: \"weld\") {{ id }} }}");
        var published = await portal.DataAsync(TestPortal.Curator, "publishCase", $"mutation {{ publishCase(id: \"weld\") {{ {Fields} }} }}");
        Assert.Equal("PUBLISHED", published.GetProperty("status").GetString());
        Assert.True(published.GetProperty("isPublic").GetBoolean());

        var anonymous = await portal.DataAsync(null, "case", Read, new { id = "weld" });
        Assert.Equal("甲焊装车间质量在线检测", anonymous.GetProperty("title").GetString());
        Assert.Equal(JsonValueKind.Null, anonymous.GetProperty("contactPhone").ValueKind);
        Assert.Equal(JsonValueKind.Null, anonymous.GetProperty("statusNote").ValueKind);
        Assert.Equal(0, anonymous.GetProperty("revisions").GetArrayLength());
        var metric = anonymous.GetProperty("metrics")[0];
        Assert.Equal(-75.0m, metric.GetProperty("changePercent").GetDecimal());
        Assert.Equal("汽车", anonymous.GetProperty("industries")[0].GetProperty("name").GetString());
        Assert.Equal("13800138000", (await portal.DataAsync(TestPortal.Curator, "case", Read, new { id = "weld" })).GetProperty("contactPhone").GetString());
    }

    [Fact]
    public async Task CaseInEnglish_IsKeptBesideTheChinese_TooLongIsRefusedAndChangesNothing_AndBlankPartsAreNotWritten()
    {
        var portal = await CatalogPortal.CreateAsync(fixture);
        var english = new { title = "Online weld inspection in the body shop", summary = "  ", body = "Machine vision checks every weld." };
        await portal.DataAsync(TestPortal.Enterprise, "createCase", Create, new { id = "weld", input = new { title = "焊点检测", english } });
        const string ReadEnglish = "query { case(id: \"weld\") { version english { title summary body } } }";

        var saved = await portal.DataAsync(TestPortal.Enterprise, "case", ReadEnglish);
        Assert.Equal(("Online weld inspection in the body shop", JsonValueKind.Null, "Machine vision checks every weld."),
            (saved.GetProperty("english").GetProperty("title").GetString(), saved.GetProperty("english").GetProperty("summary").ValueKind, saved.GetProperty("english").GetProperty("body").GetString()));

        var tooLong = await portal.PostAsync(TestPortal.Enterprise, Edit, new { id = "weld", v = 1, input = new { title = "焊点检测", english = new { title = new string('x', 161) } } });
        Assert.Equal(("TOO_LONG", "english.title"), (tooLong.FirstCode, tooLong.Errors[0].Field));
        var kept = await portal.DataAsync(TestPortal.Enterprise, "case", ReadEnglish);
        Assert.Equal((1, "Online weld inspection in the body shop"), (kept.GetProperty("version").GetInt32(), kept.GetProperty("english").GetProperty("title").GetString()));
    }

    [Fact]
    public async Task EditCase_Published_PublicKeepsReadingThePublishedRevisionUntilTheNewOneIsPublished()
    {
        var portal = await CatalogPortal.CreateAsync(fixture);
        await portal.DataAsync(TestPortal.Enterprise, "createCase", Create, new { id = "weld", input = CatalogInputs.Case("旧") });
        await portal.DataAsync(TestPortal.Curator, "publishCase", "mutation { publishCase(id: \"weld\") { id } }");

        var edited = await portal.DataAsync(TestPortal.Enterprise, "editCase", Edit, new { id = "weld", v = 2, input = CatalogInputs.Case("新") });

        Assert.Equal("DRAFT", edited.GetProperty("status").GetString());
        Assert.True(edited.GetProperty("hasUnpublishedChanges").GetBoolean());
        var anonymous = await portal.DataAsync(null, "case", Read, new { id = "weld" });
        Assert.Equal("旧焊装车间质量在线检测", anonymous.GetProperty("title").GetString());
        Assert.Equal("PUBLISHED", anonymous.GetProperty("status").GetString());
        Assert.False(anonymous.GetProperty("hasUnpublishedChanges").GetBoolean());
        var owner = await portal.DataAsync(TestPortal.Enterprise, "case", Read, new { id = "weld" });
        Assert.Equal("新焊装车间质量在线检测", owner.GetProperty("title").GetString());
        Assert.Equal(2, owner.GetProperty("revisions").GetArrayLength());

        const string listing = "{ cases(filter: { statuses: [\"published\"] }) { items { id title statusLabel } } }";
        var publicRow = Assert.Single((await portal.DataAsync(null, "cases", listing)).GetProperty("items").EnumerateArray());
        Assert.Equal(("旧焊装车间质量在线检测", "已发布"), (publicRow.GetProperty("title").GetString(), publicRow.GetProperty("statusLabel").GetString()));
        Assert.Equal(0, (await portal.DataAsync(TestPortal.Enterprise, "cases", listing)).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task EditCase_ByRivalOrStaleVersion_IsRefusedAndChangesNothing()
    {
        var portal = await CatalogPortal.CreateAsync(fixture);
        await portal.DataAsync(TestPortal.Enterprise, "createCase", Create, new { id = "weld", input = CatalogInputs.Case("甲") });
        await portal.DataAsync(TestPortal.Curator, "publishCase", "mutation { publishCase(id: \"weld\") { id } }");

        var rival = await portal.PostAsync(TestPortal.RivalEnterprise, Edit, new { id = "weld", v = 2, input = CatalogInputs.Case("乙") });
        var stale = await portal.PostAsync(TestPortal.Enterprise, Edit, new { id = "weld", v = 1, input = CatalogInputs.Case("丙") });

        Assert.Equal("FORBIDDEN", rival.FirstCode);
        Assert.Equal("VERSION_CONFLICT", stale.FirstCode);
        var stored = await portal.DataAsync(TestPortal.Curator, "case", Read, new { id = "weld" });
        Assert.Equal(2, stored.GetProperty("version").GetInt32());
        Assert.Equal("甲焊装车间质量在线检测", stored.GetProperty("title").GetString());
    }

    [Fact]
    public async Task CreateCase_LinkedToMissingFactoryAndMalformedProvider_IsRefusedPerFieldAndCreatesNothing()
    {
        var portal = await CatalogPortal.CreateAsync(fixture);

        var missing = await portal.PostAsync(TestPortal.Enterprise, Create,
            new { id = "linked", input = new { title = "关联测试", links = new { factory = "no-such-factory", scenarios = new[] { "no-such-scenario" } } } });
        var malformed = await portal.PostAsync(TestPortal.Enterprise, Create,
            new { id = "linked", input = new { title = "关联测试", links = new { providers = new[] { "Not An Id" } } } });

        Assert.Contains(missing.Errors, e => e.Code == "NOT_FOUND" && e.Field == "links.factory" && e.Message.Contains("no-such-factory"));
        Assert.Contains(missing.Errors, e => e.Code == "NOT_FOUND" && e.Field == "links.scenarios");
        Assert.Contains(malformed.Errors, e => e.Code == "INVALID_ID");
        Assert.Equal(JsonValueKind.Null, (await portal.DataAsync(TestPortal.Curator, "case", Read, new { id = "linked" })).ValueKind);
    }

    [Fact]
    public async Task CreateCase_LinkedToAnotherOrganisationsUnpublishedFactory_IsRefusedAsNotFound()
    {
        var portal = await CatalogPortal.CreateAsync(fixture);
        await portal.DataAsync(TestPortal.RivalEnterprise, "declareFactory",
            "mutation($input: FactoryProfileInput!) { declareFactory(id: \"secret\", input: $input) { id } }", new { input = CatalogInputs.Factory("乙") });

        var response = await portal.PostAsync(TestPortal.Enterprise, Create, new { input = new { title = "关联测试", links = new { factory = "secret" } } });

        Assert.Equal("NOT_FOUND", response.FirstCode);
        Assert.Equal("links.factory", response.Errors[0].Field);
    }

    [Fact]
    public async Task Case_WithLinks_ShowsLinkedEntitiesAndRelatedCases()
    {
        var portal = await CatalogPortal.CreateAsync(fixture);
        await portal.DataAsync(TestPortal.Enterprise, "declareFactory",
            "mutation($input: FactoryProfileInput!) { declareFactory(id: \"bearing\", input: $input) { id } }", new { input = CatalogInputs.Factory("甲") });
        await portal.DataAsync(TestPortal.Curator, "advanceFactoryTitle", "mutation { advanceFactoryTitle(id: \"bearing\", decision: { action: SELECT, note: \"入选\" }) { id } }");
        foreach (var (id, industry, domain) in new[] { ("main", "automotive", "quality"), ("same", "automotive", "quality"), ("near", "automotive", "energy-saving"), ("other", "textiles", "quality") })
        {
            var input = CatalogInputs.Case(id, industry, domain);
            await portal.DataAsync(TestPortal.Curator, "createCase", Create, new { id, input });
            await portal.DataAsync(TestPortal.Curator, "publishCase", $"mutation {{ publishCase(id: \"{id}\") {{ id }} }}");
        }

        var edit = await portal.DataAsync(TestPortal.Curator, "case", Read, new { id = "main" });
        var withLink = System.Text.Json.Nodes.JsonNode.Parse(JsonSerializer.Serialize(CatalogInputs.Case("main")))!;
        withLink["links"] = new System.Text.Json.Nodes.JsonObject { ["factory"] = "bearing" };
        await portal.DataAsync(TestPortal.Curator, "editCase", Edit, new { id = "main", v = edit.GetProperty("version").GetInt32(), input = withLink });
        await portal.DataAsync(TestPortal.Curator, "publishCase", "mutation { publishCase(id: \"main\") { id } }");

        var shown = await portal.DataAsync(null, "case", "{ case(id: \"main\") { factory { id title statusLabel } related(first: 5) { id } } }");
        Assert.Equal("bearing", shown.GetProperty("factory").GetProperty("id").GetString());
        Assert.Equal("建设中", shown.GetProperty("factory").GetProperty("statusLabel").GetString());
        Assert.Equal(["same", "near"], shown.GetProperty("related").EnumerateArray().Select(e => e.GetProperty("id").GetString()));
        var factoryCases = await portal.DataAsync(null, "factory", "{ factory(id: \"bearing\") { cases { totalCount items { id } } } }");
        Assert.Equal("main", factoryCases.GetProperty("cases").GetProperty("items")[0].GetProperty("id").GetString());
    }
}
