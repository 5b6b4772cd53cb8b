using System.Text.Json;
using Showcase.Testing;

namespace Showcase.Api.Tests.Catalog;

public sealed class ProviderGraphQLTests(HostFixture fixture)
{
    private const string Register = $"mutation($input: ProviderProfileInput!) {{ registerProvider(id: \"mes\", input: $input) {{ {CatalogInputs.ProviderFields} }} }}";
    private const string Read = $"{{ provider(id: \"mes\") {{ {CatalogInputs.ProviderFields} kind {{ name }} capabilities {{ industry {{ name }} domain {{ name }} }} platform {{ platformName developersRegistered developersActive killerApps }} }} }}";

    [Fact]
    public async Task Provider_RegisteredWithPlatformFiguresThenListed_IsPublicWithItsFigures()
    {
        var portal = await CatalogPortal.CreateAsync(fixture);
        await portal.DataAsync(TestPortal.Provider, "registerProvider", Register, new { input = CatalogInputs.Provider("甲") });
        Assert.Equal(JsonValueKind.Null, (await portal.DataAsync(null, "provider", Read)).ValueKind);

        var selfListing = await portal.PostAsync(TestPortal.Provider, "mutation { listProvider(id: \"mes\") { id } }");
        var listed = await portal.DataAsync(TestPortal.Curator, "listProvider", $"mutation {{ listProvider(id: \"mes\") {{ {CatalogInputs.ProviderFields} }} }}");

        Assert.Equal("FORBIDDEN", selfListing.FirstCode);
        Assert.Equal("已入库", listed.GetProperty("statusLabel").GetString());
        var shown = await portal.DataAsync(null, "provider", Read);
        Assert.Equal("信息技术企业", shown.GetProperty("kind").GetProperty("name").GetString());
        Assert.Equal("质量管控", shown.GetProperty("capabilities")[0].GetProperty("domain").GetProperty("name").GetString());
        Assert.Equal(1200, shown.GetProperty("platform").GetProperty("developersRegistered").GetInt64());
        Assert.Equal("甲云平台", shown.GetProperty("platform").GetProperty("platformName").GetString());
    }

    [Fact]
    public async Task RegisterProvider_MoreActiveThanRegisteredDevelopers_IsRefusedNamingTheFigure()
    {
        var portal = await CatalogPortal.CreateAsync(fixture);

        var response = await portal.PostAsync(TestPortal.Provider, Register, new
        {
            input = new { name = "乙软件", platform = new { developersRegistered = 10L, developersActive = 50L } },
        });

        Assert.Equal(("INVALID_VALUE", "platform.developersActive"), (response.FirstCode, response.Errors[0].Field));
        Assert.Equal(JsonValueKind.Null, (await portal.DataAsync(TestPortal.Curator, "provider", Read)).ValueKind);
    }

    [Fact]
    public async Task DelistProvider_WithoutReasonIsRefused_WithReasonHidesIt()
    {
        var portal = await CatalogPortal.CreateAsync(fixture);
        await portal.DataAsync(TestPortal.Provider, "registerProvider", Register, new { input = CatalogInputs.Provider("甲") });
        await portal.DataAsync(TestPortal.Curator, "listProvider", "mutation { listProvider(id: \"mes\") { id } }");

        var noReason = await portal.PostAsync(TestPortal.Curator, "mutation { delistProvider(id: \"mes\", reason: \"\") { id } }");
        Assert.Equal("REQUIRED", noReason.FirstCode);
        Assert.NotEqual(JsonValueKind.Null, (await portal.DataAsync(null, "provider", Read)).ValueKind);

        var delisted = await portal.DataAsync(TestPortal.Curator, "delistProvider", $"mutation {{ delistProvider(id: \"mes\", reason: \"资质过期\") {{ {CatalogInputs.ProviderFields} }} }}");
        Assert.Equal("资质过期", delisted.GetProperty("statusNote").GetString());
        Assert.Equal(JsonValueKind.Null, (await portal.DataAsync(null, "provider", Read)).ValueKind);
        Assert.Equal("已移出", (await portal.DataAsync(TestPortal.Provider, "provider", Read)).GetProperty("statusLabel").GetString());
    }
}
