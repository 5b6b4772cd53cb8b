using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Showcase.Api.Tests.Catalog;
using Showcase.Testing;
using Showcase.Testing.Files;
using Showcase.Testing.Pictures;

namespace Showcase.Api.Tests.Pictures;

/// <summary>Pictures through the upload endpoint and <c>setCasePictures</c>: who may upload, name and see them, and what the public sees when.</summary>
public sealed class PictureApiTests(HostFixture fixture)
{
    private const string Create = "mutation($id: ID, $input: CaseContentInput!) { createCase(id: $id, input: $input) { id version } }";
    private const string SetPictures = "mutation($id: ID!, $v: Int!, $p: PictureSetInput!) { setCasePictures(id: $id, expectedVersion: $v, pictures: $p) { version cover { id caption width height url thumbnailUrl } gallery { id caption } } }";
    private const string ReadCover = "query($id: ID!) { case(id: $id) { version cover { id } gallery { id caption } } }";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task APicture_IsSeenByItsAuthorsUntilPublished_ThenByEveryone_AndANewCoverWaitsForTheNextPublication()
    {
        var portal = await CatalogPortal.CreateAsync(fixture);
        await portal.DataAsync(TestPortal.Enterprise, "createCase", Create, new { id = "weld", input = CatalogInputs.Case("甲") });

        var upload = await UploadAsync(portal, TestPortal.Enterprise, "case/weld", TestPictures.PhoneJpegWithGps(400, 200));
        Assert.Equal(HttpStatusCode.Created, upload.Status);
        var first = upload.Json.GetProperty("id").GetString()!;
        Assert.Equal((200, 400), (upload.Json.GetProperty("width").GetInt32(), upload.Json.GetProperty("height").GetInt32()));

        var set = await portal.DataAsync(TestPortal.Enterprise, "setCasePictures", SetPictures,
            new { id = "weld", v = 1, p = new { cover = new { id = first, caption = "  焊装车间  " }, gallery = Array.Empty<object>() } });
        Assert.Equal("焊装车间", set.GetProperty("cover").GetProperty("caption").GetString());
        Assert.Equal(400, set.GetProperty("cover").GetProperty("height").GetInt32());
        Assert.Equal($"/t/{portal.Tenant}/pictures/{first}/thumbnail", set.GetProperty("cover").GetProperty("thumbnailUrl").GetString());

        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(portal, null, first)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(portal, TestPortal.RivalEnterprise, first)).StatusCode);
        using (var own = await GetAsync(portal, TestPortal.Enterprise, first))
        {
            Assert.Equal(HttpStatusCode.OK, own.StatusCode);
            Assert.True(own.Headers.CacheControl!.Private);
        }

        Assert.Equal(HttpStatusCode.OK, (await GetAsync(portal, TestPortal.Curator, first, thumbnail: true)).StatusCode);

        await portal.DataAsync(TestPortal.Curator, "publishCase", "mutation { publishCase(id: \"weld\") { id } }");
        using (var seen = await GetAsync(portal, null, first))
        {
            Assert.Equal(HttpStatusCode.OK, seen.StatusCode);
            Assert.Equal("image/jpeg", seen.Content.Headers.ContentType!.MediaType);
            Assert.Equal("nosniff", seen.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.True(seen.Headers.CacheControl!.Public);
            Assert.Equal(TimeSpan.FromDays(365), seen.Headers.CacheControl.MaxAge);
            var bytes = await seen.Content.ReadAsByteArrayAsync(Cancel);
            Assert.Equal(-1, bytes.AsSpan().IndexOf("Exif"u8));
            Assert.Equal((200, 400), TestPictures.SizeOf(bytes));
        }

        var second = (await UploadAsync(portal, TestPortal.Enterprise, "case/weld", TestPictures.Jpeg())).Json.GetProperty("id").GetString()!;
        var version = (await portal.DataAsync(TestPortal.Enterprise, "case", ReadCover, new { id = "weld" })).GetProperty("version").GetInt32();
        await portal.DataAsync(TestPortal.Enterprise, "setCasePictures", SetPictures,
            new { id = "weld", v = version, p = new { cover = new { id = second }, gallery = new[] { new { id = first, caption = "改造前" } } } });

        Assert.Equal(first, (await portal.DataAsync(null, "case", ReadCover, new { id = "weld" })).GetProperty("cover").GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(portal, null, second)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(portal, null, first)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(portal, TestPortal.Enterprise, second)).StatusCode);

        var otherPortal = await CatalogPortal.CreateAsync(fixture);
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.GraphQL.Http.GetAsync($"/t/{otherPortal.Tenant}/pictures/{first}", Cancel)).StatusCode);
    }

    [Fact]
    public async Task WhatIsNoPicture_OrNotThisCasesPicture_OrNotYoursToChange_IsRefused_AndChangesNothing()
    {
        var portal = await CatalogPortal.CreateAsync(fixture);
        await portal.DataAsync(TestPortal.Enterprise, "createCase", Create, new { id = "weld", input = CatalogInputs.Case("甲") });
        await portal.DataAsync(TestPortal.Enterprise, "createCase", Create, new { id = "paint", input = CatalogInputs.Case("乙") });

        var html = await UploadAsync(portal, TestPortal.Enterprise, "case/weld", TestPictures.HtmlNamedPng, "photo.png");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, html.Status);
        Assert.Equal("UNSUPPORTED_FILE", Code(html.Json));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await UploadAsync(portal, TestPortal.Enterprise, "case/weld", TestPictures.SvgWithScript, "logo.svg")).Status);

        Assert.Equal(HttpStatusCode.NotFound, (await UploadAsync(portal, TestPortal.RivalEnterprise, "case/weld", TestPictures.Jpeg())).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await UploadAsync(portal, null, "case/weld", TestPictures.Jpeg())).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await UploadAsync(portal, TestPortal.Enterprise, "../../etc/passwd", TestPictures.Jpeg())).Status);

        var paintPicture = (await UploadAsync(portal, TestPortal.Enterprise, "case/paint", TestPictures.Jpeg())).Json.GetProperty("id").GetString()!;
        var borrowed = await portal.PostAsync(TestPortal.Enterprise, SetPictures, new { id = "weld", v = 1, p = new { cover = new { id = paintPicture } } });
        Assert.Equal(("NOT_FOUND", "pictures.cover"), (borrowed.Errors[0].Code, borrowed.Errors[0].Field));

        var unknown = await portal.PostAsync(TestPortal.Enterprise, SetPictures, new { id = "weld", v = 1, p = new { gallery = new[] { new { id = "no-such-picture" } } } });
        Assert.Equal(("NOT_FOUND", "pictures.gallery"), (unknown.Errors[0].Code, unknown.Errors[0].Field));

        var weld = await portal.DataAsync(TestPortal.Enterprise, "case", ReadCover, new { id = "weld" });
        Assert.Equal(1, weld.GetProperty("version").GetInt32());
        Assert.Equal(JsonValueKind.Null, weld.GetProperty("cover").ValueKind);
    }

    [Fact]
    public async Task ACollection_ShowsThePicturesOfTheRevisionItPins_AfterTheCaseMovedOn()
    {
        var portal = await CatalogPortal.CreateAsync(fixture);
        await portal.DataAsync(TestPortal.Enterprise, "createCase", Create, new { id = "weld", input = CatalogInputs.Case("甲") });
        var old = (await UploadAsync(portal, TestPortal.Enterprise, "case/weld", TestPictures.Jpeg())).Json.GetProperty("id").GetString()!;
        await portal.DataAsync(TestPortal.Enterprise, "setCasePictures", SetPictures, new { id = "weld", v = 1, p = new { cover = new { id = old } } });
        await portal.DataAsync(TestPortal.Curator, "publishCase", "mutation { publishCase(id: \"weld\") { id } }");
        await portal.DataAsync(TestPortal.Curator, "createCollection",
            "mutation { createCollection(id: \"book\", input: { title: \"案例集\", sections: [{ title: \"一\", cases: [{ case: \"weld\" }] }] }) { added } }");
        await portal.DataAsync(TestPortal.Curator, "publishCollection", "mutation { publishCollection(id: \"book\", expectedVersion: 1) { id } }");

        var next = (await UploadAsync(portal, TestPortal.Enterprise, "case/weld", TestPictures.Jpeg())).Json.GetProperty("id").GetString()!;
        await portal.DataAsync(TestPortal.Enterprise, "setCasePictures", SetPictures, new { id = "weld", v = 3, p = new { cover = new { id = next } } });
        await portal.DataAsync(TestPortal.Curator, "publishCase", "mutation { publishCase(id: \"weld\") { id } }");

        Assert.Equal(HttpStatusCode.NotFound, (await GetPathAsync(null, $"/t/{portal.Tenant}/pictures/{old}")).StatusCode);
        using var collected = await GetPathAsync(null, $"/t/{portal.Tenant}/collections/book/cases/weld/pictures/{old}");
        Assert.Equal(HttpStatusCode.OK, collected.StatusCode);
        Assert.True(collected.Headers.CacheControl!.Public);
        Assert.Equal(HttpStatusCode.NotFound, (await GetPathAsync(null, $"/t/{portal.Tenant}/collections/book/cases/weld/pictures/{next}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await GetPathAsync(null, $"/t/{portal.Tenant}/collections/book/cases/other/pictures/{old}")).StatusCode);
    }

    private async Task<HttpResponseMessage> GetPathAsync(string? token, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await fixture.GraphQL.Http.SendAsync(request, Cancel);
    }

    private static string? Code(JsonElement json) => json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();

    private Task<(HttpStatusCode Status, JsonElement Json)> UploadAsync(CatalogPortal portal, string? login, string owner, byte[] bytes, string fileName = "photo.jpg") =>
        UploadClient.UploadAsync(fixture.GraphQL.Http, portal.Tenant, login is null ? null : portal.TokenOf(login), owner, bytes, fileName);

    private Task<HttpResponseMessage> GetAsync(CatalogPortal portal, string? login, string picture, bool thumbnail = false) =>
        GetPathAsync(login is null ? null : portal.TokenOf(login), $"/t/{portal.Tenant}/pictures/{picture}{(thumbnail ? "/thumbnail" : "")}");
}
