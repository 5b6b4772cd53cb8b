using System.Net;
using System.Text.Json;
using Showcase.Api.Tests.Catalog;
using Showcase.Common;
using Showcase.Testing;
using Showcase.Testing.Files;
using Showcase.Testing.Pictures;

namespace Showcase.Api.Tests.Challenges;

/// <summary>A bid's documents: uploaded by whoever may bid for the provider, attached in <c>submitBid</c>, read only by those who may read the bid.</summary>
public sealed class BidFileTests(HostFixture fixture)
{
    private const string Submit = "mutation($p: ID!, $input: BidContentInput!, $op: String!) { submitBid(challenge: \"weld\", provider: $p, operationId: $op, input: $input) { version files { id name contentType size url } } }";
    private const string ReadBid = "{ challenge(id: \"weld\") { bid(provider: \"mes\") { version files { id name } } } }";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ABidsDocument_IsReadByItsBidderAndTheChallengesManagers_NotByRivalsAnonymousOrOtherPortals()
    {
        var portal = await ChallengePortal.OpenAsync(fixture);
        var word = TestDocuments.Word();
        var upload = await UploadAsync(portal, TestPortal.Provider, "bid/weld/mes", word, @"C:\方案\技术方案.docx");
        Assert.Equal(HttpStatusCode.Created, upload.Status);
        var id = upload.Json.GetProperty("id").GetString()!;
        Assert.Equal("技术方案.docx", upload.Json.GetProperty("name").GetString());

        using (var beforeSubmit = await portal.GetAsync(TestPortal.Curator, $"files/{id}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, beforeSubmit.StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await portal.GetAsync(TestPortal.Provider, $"files/{id}")).StatusCode);

        var bid = await portal.DataAsync(TestPortal.Provider, "submitBid", Submit, new { p = "mes", op = "bid-1", input = CatalogInputs.Bid("", id) });
        var file = bid.GetProperty("files")[0];
        Assert.Equal(("技术方案.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", word.Length),
            (file.GetProperty("name").GetString(), file.GetProperty("contentType").GetString(), file.GetProperty("size").GetInt32()));
        Assert.Equal($"/t/{portal.Tenant}/files/{id}", file.GetProperty("url").GetString());

        using (var own = await portal.GetAsync(TestPortal.Provider, $"files/{id}"))
        {
            Assert.Equal(HttpStatusCode.OK, own.StatusCode);
            Assert.Equal("技术方案.docx", own.Content.Headers.ContentDisposition!.FileNameStar);
            Assert.True(own.Headers.CacheControl!.NoStore);
            Assert.Equal(word, await own.Content.ReadAsByteArrayAsync(Cancel));
        }

        Assert.Equal(HttpStatusCode.OK, (await portal.GetAsync(TestPortal.Curator, $"files/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await portal.GetAsync(TestPortal.RivalProvider, $"files/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await portal.GetAsync(null, $"files/{id}")).StatusCode);
        var other = await CatalogPortal.CreateAsync(fixture);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(TestPortal.Curator, $"files/{id}")).StatusCode);
    }

    [Fact]
    public async Task WhatIsNoDocument_OrNotForThisBid_OrNotYoursToAttach_IsRefused_AndChangesNothing()
    {
        var portal = await ChallengePortal.OpenAsync(fixture);
        await portal.DataAsync(TestPortal.RivalProvider, "registerProvider", "mutation($input: ProviderProfileInput!) { registerProvider(id: \"rival\", input: $input) { id } }",
            new { input = CatalogInputs.Provider("乙") });
        await portal.DataAsync(TestPortal.Curator, "listProvider", "mutation { listProvider(id: \"rival\") { id } }");

        var page = await UploadAsync(portal, TestPortal.Provider, "bid/weld/mes", TestPictures.HtmlNamedPng, "方案.pdf");
        var macros = await UploadAsync(portal, TestPortal.Provider, "bid/weld/mes", TestDocuments.WordWithMacros(), "方案.docx");
        var forAnother = await UploadAsync(portal, TestPortal.RivalProvider, "bid/weld/mes", TestDocuments.Pdf, "方案.pdf");
        var nowhere = await UploadAsync(portal, TestPortal.Provider, "case/weld", TestDocuments.Pdf, "方案.pdf");
        var rivals = (await UploadAsync(portal, TestPortal.RivalProvider, "bid/weld/rival", TestDocuments.Pdf, "乙方案.pdf")).Json.GetProperty("id").GetString()!;
        var attachingRivals = await portal.PostAsync(TestPortal.Provider, Submit, new { p = "mes", op = "bid-1", input = CatalogInputs.Bid("", rivals) });
        var mine = await Task.WhenAll(Enumerable.Range(1, 6).Select(async i =>
            (await UploadAsync(portal, TestPortal.Provider, "bid/weld/mes", TestDocuments.Pdf, $"附件{i}.pdf")).Json.GetProperty("id").GetString()!));
        var tooMany = await portal.PostAsync(TestPortal.Provider, Submit, new { p = "mes", op = "bid-2", input = CatalogInputs.Bid("", mine) });

        Assert.Equal((HttpStatusCode.UnsupportedMediaType, ErrorCodes.UnsupportedFile), (page.Status, Code(page.Json)));
        Assert.Contains("方案.pdf", page.Json.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal((HttpStatusCode.UnsupportedMediaType, ErrorCodes.UnsupportedFile), (macros.Status, Code(macros.Json)));
        Assert.Equal((HttpStatusCode.Forbidden, ErrorCodes.Forbidden), (forAnother.Status, Code(forAnother.Json)));
        Assert.Equal((HttpStatusCode.BadRequest, ErrorCodes.InvalidValue), (nowhere.Status, Code(nowhere.Json)));
        Assert.Equal((ErrorCodes.NotFound, "files"), (attachingRivals.FirstCode, attachingRivals.Errors[0].Field));
        Assert.Equal((ErrorCodes.TooMany, "files"), (tooMany.FirstCode, tooMany.Errors[0].Field));
        Assert.Equal(JsonValueKind.Null, (await portal.DataAsync(TestPortal.Provider, "challenge", ReadBid)).GetProperty("bid").ValueKind);
    }

    private static string? Code(JsonElement json) => json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();

    private Task<(HttpStatusCode Status, JsonElement Json)> UploadAsync(CatalogPortal portal, string login, string owner, byte[] bytes, string fileName) =>
        UploadClient.UploadAsync(fixture.GraphQL.Http, portal.Tenant, portal.TokenOf(login), owner, bytes, fileName, endpoint: "files");
}
