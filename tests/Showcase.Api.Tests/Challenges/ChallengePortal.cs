using Showcase.Api.Tests.Catalog;
using Showcase.Testing;

namespace Showcase.Api.Tests.Challenges;

/// <summary>A portal with the provider member's listed provider <c>mes</c> and the open challenge <c>weld</c>, ready for bids.</summary>
public static class ChallengePortal
{
    public static async Task<CatalogPortal> OpenAsync(HostFixture fixture)
    {
        var portal = await CatalogPortal.CreateAsync(fixture);
        await portal.DataAsync(TestPortal.Provider, "registerProvider", "mutation($input: ProviderProfileInput!) { registerProvider(id: \"mes\", input: $input) { id } }",
            new { input = CatalogInputs.Provider("甲") });
        await portal.DataAsync(TestPortal.Curator, "listProvider", "mutation { listProvider(id: \"mes\") { id } }");
        await portal.DataAsync(TestPortal.Curator, "createChallenge", "mutation($input: ChallengeContentInput!) { createChallenge(id: \"weld\", input: $input) { id } openChallenge(id: \"weld\") { id } }",
            new { input = CatalogInputs.Challenge("") });
        return portal;
    }
}
