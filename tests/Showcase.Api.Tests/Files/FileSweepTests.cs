using Microsoft.Extensions.DependencyInjection;
using Showcase.Api.Files;
using Showcase.Api.Pictures;
using Showcase.Api.Tests.Catalog;
using Showcase.Api.Tests.Challenges;
using Showcase.Api.Tests.Programs;
using Showcase.Common;
using Showcase.Testing;
using Showcase.Testing.Files;

namespace Showcase.Api.Tests.Files;

/// <summary>Pictures and documents nothing names are forgotten once past the grace period; those any revision, bid or application names are kept.</summary>
public sealed class FileSweepTests(HostFixture fixture)
{
    private const string Create = "mutation($id: ID, $input: CaseContentInput!) { createCase(id: $id, input: $input) { id } }";
    private const string SetCover = "mutation($id: ID!, $v: Int!, $p: ID!) { setCasePictures(id: $id, expectedVersion: $v, pictures: { cover: { id: $p } }) { version } }";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task UnnamedPictures_AreForgotten_NamedOnesAndThoseInHistoryAreKept_AndNothingYoungerThanTheGrace()
    {
        var portal = await CatalogPortal.CreateAsync(fixture);
        await portal.DataAsync(TestPortal.Enterprise, "createCase", Create, new { id = "kept", input = CatalogInputs.Case("甲") });
        await portal.DataAsync(TestPortal.Enterprise, "createCase", Create, new { id = "deleted", input = new { title = "要删除的草稿" } });
        var first = await UploadAsync(portal, "case/kept");
        var second = await UploadAsync(portal, "case/kept");
        var neverSaved = await UploadAsync(portal, "case/kept");
        var ofDeleted = await UploadAsync(portal, "case/deleted");
        var forUnborn = await UploadAsync(portal, "case/never-created");
        await portal.DataAsync(TestPortal.Enterprise, "setCasePictures", SetCover, new { id = "kept", v = 1, p = first });
        await portal.DataAsync(TestPortal.Enterprise, "setCasePictures", SetCover, new { id = "kept", v = 2, p = second });
        await portal.DataAsync(TestPortal.Enterprise, "setCasePictures", SetCover, new { id = "deleted", v = 1, p = ofDeleted });
        await portal.PostAsync(TestPortal.Enterprise, "mutation { deleteCaseDraft(id: \"deleted\") }");

        var sweeper = fixture.Host.Services.GetRequiredService<FileSweeper>();
        Assert.Equal(0, await sweeper.SweepAsync(portal.Tenant, DateTimeOffset.UtcNow.AddHours(-1), Cancel));

        Assert.Equal(6, await sweeper.SweepAsync(portal.Tenant, DateTimeOffset.UtcNow.AddMinutes(1), Cancel));
        Assert.True(await KeptAsync(portal, first), "A picture an earlier revision names was forgotten.");
        Assert.True(await KeptAsync(portal, second));
        Assert.True(await KeptAsync(portal, second, thumbnail: true));
        foreach (var gone in new[] { neverSaved, ofDeleted, forUnborn })
        {
            Assert.False(await KeptAsync(portal, gone));
            Assert.False(await KeptAsync(portal, gone, thumbnail: true));
        }
    }

    [Fact]
    public async Task ABidsDocuments_AreKeptWhileItAttachesThem_AndForgottenOnceItNoLongerDoes()
    {
        var portal = await ChallengePortal.OpenAsync(fixture);
        var replaced = await UploadDocumentAsync(portal);
        var attached = await UploadDocumentAsync(portal);
        var neverAttached = await UploadDocumentAsync(portal);
        const string Submit = "mutation($op: String!, $files: [ID!]) { submitBid(challenge: \"weld\", provider: \"mes\", operationId: $op, input: { proposal: \"方案\", price: 380, schedule: \"六个月\", team: [\"王工\"], files: $files }) { version } }";
        await portal.DataAsync(TestPortal.Provider, "submitBid", Submit, new { op = "bid-1", files = new[] { replaced } });
        await portal.DataAsync(TestPortal.Provider, "submitBid", Submit, new { op = "bid-2", files = new[] { attached } });

        Assert.Equal(2, await fixture.Host.Services.GetRequiredService<FileSweeper>().SweepAsync(portal.Tenant, DateTimeOffset.UtcNow.AddMinutes(1), Cancel));

        Assert.True(await KeptAsync(portal, attached));
        Assert.False(await KeptAsync(portal, replaced));
        Assert.False(await KeptAsync(portal, neverAttached));
    }

    [Fact]
    public async Task AnApplicationsDocuments_AreKeptWhileASlotHoldsThem_AndForgottenOnceNoneDoes()
    {
        var portal = await ProgramPortal.OpenAsync(fixture, "sweep");
        var removed = await UploadApplicationDocumentAsync(portal);
        var attached = await UploadApplicationDocumentAsync(portal);
        var neverAttached = await UploadApplicationDocumentAsync(portal);
        await portal.DataAsync(TestPortal.Enterprise, "saveProgramApplication", ProgramPortal.Save,
            new { call = "sweep", v = 0, input = ProgramPortal.Application("项目", ("management-system/patents", [removed]), ("management-system/other", [attached])) });
        await portal.DataAsync(TestPortal.Enterprise, "saveProgramApplication", ProgramPortal.Save,
            new { call = "sweep", v = 1, input = ProgramPortal.Application("项目", ("management-system/other", [attached])) });

        Assert.Equal(2, await fixture.Host.Services.GetRequiredService<FileSweeper>().SweepAsync(portal.Tenant, DateTimeOffset.UtcNow.AddMinutes(1), Cancel));

        Assert.True(await KeptAsync(portal, attached));
        Assert.False(await KeptAsync(portal, removed));
        Assert.False(await KeptAsync(portal, neverAttached));
    }

    private async Task<string> UploadApplicationDocumentAsync(CatalogPortal portal)
    {
        var (_, json) = await UploadClient.UploadAsync(
            fixture.GraphQL.Http, portal.Tenant, portal.TokenOf(TestPortal.Enterprise), "application/sweep/org-enterprise", TestDocuments.Pdf, "证明.pdf", endpoint: "files");
        return json.GetProperty("id").GetString()!;
    }

    private async Task<string> UploadDocumentAsync(CatalogPortal portal)
    {
        var (_, json) = await UploadClient.UploadAsync(
            fixture.GraphQL.Http, portal.Tenant, portal.TokenOf(TestPortal.Provider), "bid/weld/mes", TestDocuments.Pdf, "方案.pdf", endpoint: "files");
        return json.GetProperty("id").GetString()!;
    }

    private async Task<bool> KeptAsync(CatalogPortal portal, string picture, bool thumbnail = false)
    {
        var id = EntityId.Parse(picture);
        return await fixture.Host.Services.GetRequiredService<IFileStore>().ReadAsync(portal.Tenant, thumbnail ? PictureService.ThumbnailOf(id) : id, Cancel) is not null;
    }

    private Task<string> UploadAsync(CatalogPortal portal, string owner) =>
        UploadClient.UploadIdAsync(fixture.GraphQL.Http, portal.Tenant, portal.TokenOf(TestPortal.Enterprise), owner);
}
