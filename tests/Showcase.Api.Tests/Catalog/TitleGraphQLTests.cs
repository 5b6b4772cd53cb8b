using System.Text.Json;
using Showcase.Testing;

namespace Showcase.Api.Tests.Catalog;

public sealed class TitleGraphQLTests(HostFixture fixture)
{
    private const string Declare = $"mutation($input: FactoryProfileInput!) {{ declareFactory(id: \"bearing\", on: \"2024-03-01\", input: $input) {{ {CatalogInputs.FactoryFields} }} }}";
    private const string Read = $"{{ factory(id: \"bearing\") {{ {CatalogInputs.FactoryFields} sector {{ code name }} subIndustry {{ name }} }} }}";

    private static string Advance(string action, string on, string note) =>
        $"mutation {{ advanceFactoryTitle(id: \"bearing\", decision: {{ action: {action}, on: \"{on}\", note: \"{note}\" }}) {{ {CatalogInputs.FactoryFields} }} }}";

    [Fact]
    public async Task Factory_DeclaredSelectedRecognised_IsPublicFromSelectionWithDatedStepsAndValidity()
    {
        var portal = await CatalogPortal.CreateAsync(fixture);
        var declared = await portal.DataAsync(TestPortal.Enterprise, "declareFactory", Declare, new { input = CatalogInputs.Factory("甲") });
        Assert.False(declared.GetProperty("isPublic").GetBoolean());
        Assert.Equal(JsonValueKind.Null, (await portal.DataAsync(null, "factory", Read)).ValueKind);

        var building = await portal.DataAsync(TestPortal.Curator, "advanceFactoryTitle", Advance("SELECT", "2024-06-01", "工信部公告 2024 年第 10 号"));
        Assert.Equal("建设中", building.GetProperty("title").GetProperty("statusLabel").GetString());
        Assert.Equal("2026-06-01", building.GetProperty("title").GetProperty("validUntil").GetString());

        var recognised = await portal.DataAsync(TestPortal.Curator, "advanceFactoryTitle", Advance("RECOGNISE", "2026-05-20", "验收通过"));
        var title = recognised.GetProperty("title");
        Assert.Equal("示范工厂", title.GetProperty("statusLabel").GetString());
        Assert.Equal("2029-05-20", title.GetProperty("validUntil").GetString());
        Assert.Equal(["SELECT", "SELECT", "RECOGNISE"], title.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("action").GetString()));

        var anonymous = await portal.DataAsync(null, "factory", Read);
        Assert.Equal("装备制造", anonymous.GetProperty("sector").GetProperty("name").GetString());
        Assert.Equal("验收通过", anonymous.GetProperty("title").GetProperty("steps")[2].GetProperty("note").GetString());
    }

    [Fact]
    public async Task AdvanceFactoryTitle_ByOwnerOrOutOfOrderOrWithoutNote_IsRefusedAndChangesNothing()
    {
        var portal = await CatalogPortal.CreateAsync(fixture);
        await portal.DataAsync(TestPortal.Enterprise, "declareFactory", Declare, new { input = CatalogInputs.Factory("甲") });

        var byOwner = await portal.PostAsync(TestPortal.Enterprise, Advance("SELECT", "2024-06-01", "自己选自己"));
        var revokeDeclared = await portal.PostAsync(TestPortal.Curator, Advance("REVOKE", "2024-06-01", "取消"));
        var noNote = await portal.PostAsync(TestPortal.Curator, Advance("SELECT", "2024-06-01", " "));
        var beforeDeclared = await portal.PostAsync(TestPortal.Curator, Advance("SELECT", "2023-01-01", "早于申报"));

        Assert.Equal("FORBIDDEN", byOwner.FirstCode);
        Assert.Equal("INVALID_TRANSITION", revokeDeclared.FirstCode);
        Assert.Contains("已申报", revokeDeclared.Errors[0].Message);
        Assert.Equal(("REQUIRED", "note"), (noNote.FirstCode, noNote.Errors[0].Field));
        Assert.Equal(("INVALID_VALUE", "on"), (beforeDeclared.FirstCode, beforeDeclared.Errors[0].Field));
        var stored = await portal.DataAsync(TestPortal.Curator, "factory", Read);
        Assert.Equal(1, stored.GetProperty("version").GetInt32());
        Assert.Equal("DECLARED", stored.GetProperty("title").GetProperty("status").GetString());
    }

    [Fact]
    public async Task ReportFactoryProgress_OwnerMayRivalMayNot()
    {
        var portal = await CatalogPortal.CreateAsync(fixture);
        await portal.DataAsync(TestPortal.Enterprise, "declareFactory", Declare, new { input = CatalogInputs.Factory("甲") });
        await portal.DataAsync(TestPortal.Curator, "advanceFactoryTitle", Advance("SELECT", "2024-06-01", "入选"));
        const string report = "mutation($text: String!) { reportFactoryProgress(id: \"bearing\", period: \"2025年上半年\", text: $text) { reports { period text } } }";

        var own = await portal.DataAsync(TestPortal.Enterprise, "reportFactoryProgress", report, new { text = "完成产线改造。" });
        var rival = await portal.PostAsync(TestPortal.RivalEnterprise, report, new { text = "冒名填报" });

        Assert.Equal("完成产线改造。", own.GetProperty("reports")[0].GetProperty("text").GetString());
        Assert.Equal("FORBIDDEN", rival.FirstCode);
    }

    [Fact]
    public async Task PilotZone_ProposedByEnterpriseOrWithUnknownMember_IsRefused()
    {
        var portal = await CatalogPortal.CreateAsync(fixture);
        const string propose = "mutation($input: PilotZoneProfileInput!) { proposePilotZone(id: \"zone\", input: $input) { id } }";

        var byEnterprise = await portal.PostAsync(TestPortal.Enterprise, propose, new { input = CatalogInputs.PilotZone("甲") });
        var unknownMember = await portal.PostAsync(TestPortal.Curator, propose,
            new { input = new { name = "先行区", cities = new[] { "3205" }, factories = new[] { "no-such-factory" } } });

        Assert.Equal("FORBIDDEN", byEnterprise.FirstCode);
        Assert.Equal(("NOT_FOUND", "factories"), (unknownMember.FirstCode, unknownMember.Errors[0].Field));
        Assert.Equal(JsonValueKind.Null, (await portal.DataAsync(TestPortal.Curator, "pilotZone", "{ pilotZone(id: \"zone\") { id } }")).ValueKind);
    }
}
