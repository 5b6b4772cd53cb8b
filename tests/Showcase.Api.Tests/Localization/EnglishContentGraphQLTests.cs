using System.Text.Json;
using System.Text.Json.Nodes;
using Showcase.Api.Tests.Catalog;
using Showcase.Testing;

namespace Showcase.Api.Tests.Localization;

/// <summary>Every kind that people write keeps its English beside its Chinese, within the limits, or refuses it and changes nothing.</summary>
public sealed class EnglishContentGraphQLTests(HostFixture fixture)
{
    private static readonly object English = new { title = "Smart bearing factory", summary = "Bearings made end to end on one data platform.", body = "## Line\n\nSensors on every machine." };

    [Fact]
    public async Task AFactoryAProviderAndAChallenge_KeepTheirEnglish()
    {
        var portal = await CatalogPortal.CreateAsync(fixture);
        await portal.DataAsync(TestPortal.Curator, "declareFactory",
            "mutation($input: FactoryProfileInput!) { declareFactory(id: \"bearing\", input: $input) { id } }", new { input = WithEnglish(CatalogInputs.Factory("甲")) });
        await portal.DataAsync(TestPortal.Provider, "registerProvider",
            "mutation($input: ProviderProfileInput!) { registerProvider(id: \"mes\", input: $input) { id } }", new { input = WithEnglish(CatalogInputs.Provider("乙")) });
        await portal.DataAsync(TestPortal.Curator, "createChallenge",
            "mutation($input: ChallengeContentInput!) { createChallenge(id: \"weld\", input: $input) { id } }", new { input = WithEnglish(CatalogInputs.Challenge("丙")) });

        Assert.Equal("Smart bearing factory", Title(await portal.DataAsync(TestPortal.Curator, "factory", "{ factory(id: \"bearing\") { english { title summary body } } }")));
        Assert.Equal("Smart bearing factory", Title(await portal.DataAsync(TestPortal.Provider, "provider", "{ provider(id: \"mes\") { english { title summary body } } }")));
        var challenge = await portal.DataAsync(TestPortal.Curator, "challenge", "{ challenge(id: \"weld\") { english { title summary body } } }");
        Assert.Equal(("Smart bearing factory", "## Line\n\nSensors on every machine."), (Title(challenge), challenge.GetProperty("english").GetProperty("body").GetString()));
    }

    [Fact]
    public async Task AScenario_HasNoEnglishBody_SoOneIsRefused_AndNothingIsCreated()
    {
        var portal = await CatalogPortal.CreateAsync(fixture);
        var input = new { title = "涂装车间漆膜缺陷智能识别", english = new { title = "Paint defect recognition", body = "A body a scenario does not have." } };

        var refused = await portal.PostAsync(TestPortal.Curator, "mutation($input: ScenarioContentInput!) { createScenario(input: $input) { id } }", new { input });

        Assert.Equal(("INVALID_VALUE", "english.body"), (refused.FirstCode, refused.Errors[0].Field));
        Assert.Equal(0, (await portal.DataAsync(TestPortal.Curator, "scenarios", "{ scenarios(take: 5) { totalCount } }")).GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task ARefusal_ReadsInTheRequestsAcceptLanguage_ItsCodeAndFieldTheSame()
    {
        var portal = await CatalogPortal.CreateAsync(fixture);
        const string Create = "mutation($input: CaseContentInput!) { createCase(input: $input) { id } }";
        var input = new { title = new string('焊', 81) };

        var english = await portal.PostInAsync("en-GB,en;q=0.9", TestPortal.Enterprise, Create, new { input });
        var chinese = await portal.PostInAsync("zh-CN", TestPortal.Enterprise, Create, new { input });
        var unasked = await portal.PostAsync(TestPortal.Enterprise, Create, new { input });

        Assert.Equal(("TOO_LONG", "Case title: at most 80 characters (now 81).", "title"), english.Errors[0]);
        Assert.Equal(("TOO_LONG", "案例名称不能超过 80 个字（现在 81 个字）。", "title"), chinese.Errors[0]);
        Assert.Equal(chinese.Errors[0], unasked.Errors[0]);
    }

    [Fact]
    public async Task ARuleBroken_AndAStepNotAllowed_ReadInEnglish_NamingTheirWordsInEnglish()
    {
        var portal = await CatalogPortal.CreateAsync(fixture);
        const string Create = "mutation($input: CaseContentInput!) { createCase(input: $input) { id } }";

        var badPhone = await portal.PostInAsync("en", TestPortal.Enterprise, Create, new { input = new { title = "焊点检测", contactPhone = "12345" } });
        var id = (await portal.DataAsync(TestPortal.Enterprise, "createCase", Create, new { input = new { title = "焊点检测" } })).GetProperty("id").GetString();
        var publishedByItsAuthor = await portal.PostInAsync("en", TestPortal.Enterprise, "mutation($id: ID!) { publishCase(id: $id) { id } }", new { id });
        var inChinese = await portal.PostInAsync("zh-CN", TestPortal.Enterprise, "mutation($id: ID!) { publishCase(id: $id) { id } }", new { id });

        Assert.Equal(("INVALID_VALUE", "The contact phone cannot be read: write a mobile number or a landline with its area code, such as 13800138000 or 010-68208888.", "contactPhone"),
            badPhone.Errors[0]);
        Assert.Equal(("FORBIDDEN", "You are not allowed to publish cases."), (publishedByItsAuthor.Errors[0].Code, publishedByItsAuthor.Errors[0].Message));
        Assert.Equal("您没有权限发布案例。", inChinese.Errors[0].Message);
    }

    private static JsonObject WithEnglish(object input)
    {
        var json = JsonSerializer.SerializeToNode(input)!.AsObject();
        json["english"] = JsonSerializer.SerializeToNode(English);
        return json;
    }

    private static string? Title(JsonElement entity) => entity.GetProperty("english").GetProperty("title").GetString();
}
