using Showcase.Cases;
using Showcase.Common;
using Showcase.Listings;

namespace Showcase.Grains.Tests.Cases;

public sealed class CaseGrainTests(ClusterFixture fixture)
{
    public static readonly CaseContent Complete = new()
    {
        Title = "  高炉鼓风机预测性维护  ",
        Summary = "加装振动传感器，基于机理模型提前预警故障。",
        Body = "## 背景\n\n高炉鼓风机一旦非计划停机，整条产线停产。企业在鼓风机上加装振动、温度传感器，建设设备健康管理平台，提前两周预警轴承故障。",
        Organisation = "示例钢铁股份有限公司",
        ContactName = "张明",
        ContactPhone = "13800001234",
        Province = "13",
        City = "1302",
        Industries = ["ferrous-metals", "ferrous-metals"],
        Domains = ["maintenance"],
        Programs = ["fusion-2019-d09"],
        Metrics = [new CaseMetric(" 非计划停机时间 ", "小时/月", 36, 9)],
    };

    private static CatalogKey NewKey() => new(TestTenants.Fresh(), EntityId.New());

    private ICaseGrain Case(CatalogKey key) => fixture.Grains.GetCase(key);

    [Fact]
    public async Task DeleteDraft_RemovesANeverPublishedDraftAndItsEntry_NotAPublishedCase()
    {
        var draftKey = NewKey();
        var publishedKey = new CatalogKey(draftKey.Tenant, EntityId.New());
        await Case(draftKey).CreateDraftAsync(Complete, Owner.Nobody, TestActors.Curator);
        await Case(publishedKey).CreateDraftAsync(Complete, Owner.Nobody, TestActors.Curator);
        await Case(publishedKey).PublishAsync(TestActors.Curator);

        await Case(draftKey).DeleteDraftAsync(TestActors.Curator);
        await Case(draftKey).DeleteDraftAsync(TestActors.Curator);
        var refused = await Assert.ThrowsAsync<DomainException>(() => Case(publishedKey).DeleteDraftAsync(TestActors.Curator));

        Assert.Null(await Case(draftKey).GetAsync());
        Assert.Equal(ErrorCodes.InvalidTransition, refused.Code);
        var listed = await fixture.Grains.GetCatalogDirectory(draftKey.Tenant, CatalogKind.Case).ListAsync(new CatalogQuery { VisibleTo = null });
        Assert.Equal([publishedKey.Id], listed.Items.Select(e => e.Id));
    }

    [Fact]
    public async Task CreateDraftAsync_Content_IsNormalizedAndNotPublic()
    {
        var key = NewKey();

        var created = await Case(key).CreateDraftAsync(Complete, Owner.Nobody, TestActors.Curator);

        Assert.Equal("高炉鼓风机预测性维护", created.Content.Title);
        Assert.Equal(["ferrous-metals"], created.Content.Industries);
        Assert.Equal("非计划停机时间", created.Content.Metrics[0].Name);
        Assert.Equal(-75m, created.Content.Metrics[0].ChangePercent);
        Assert.Equal((CaseStatus.Draft, 1, false), (created.Status, created.Revision, created.IsPublic));
    }

    [Fact]
    public async Task CreateDraftAsync_UnknownCodesAndCityOutsideProvince_AreRefusedAndNothingIsStored()
    {
        var key = NewKey();
        var invalid = Complete with { Province = "32", City = "1302", Domains = ["maintainance"], Programs = ["fusion-2021-d01"], ContactPhone = "12345" };

        var ex = await Assert.ThrowsAsync<DomainException>(() => Case(key).CreateDraftAsync(invalid, Owner.Nobody, TestActors.Curator));

        Assert.Equal(["city", "domains", "programs", "contactPhone"], ex.Errors.Select(e => e.Field));
        Assert.Contains("唐山市不在江苏省", ex.Errors[0].Message);
        Assert.Null(await Case(key).GetAsync());
        Assert.Null(await Case(key).GetEntryAsync());
    }

    [Fact]
    public async Task CreatePublishedAsync_IsOneWriteWithBothStepsInTheHistory_AndARetryReturnsIt()
    {
        var key = NewKey();

        var created = await Case(key).CreatePublishedAsync(Complete, Owner.Nobody, TestActors.Curator);
        var retried = await Case(key).CreatePublishedAsync(Complete, Owner.Nobody, TestActors.Curator);
        var other = await Assert.ThrowsAsync<DomainException>(() => Case(key).CreatePublishedAsync(Complete with { Title = "别的案例" }, Owner.Nobody, TestActors.Curator));

        Assert.Equal((CaseStatus.Published, 1, true, 2), (created.Status, created.Revision, created.IsPublic, created.Version));
        Assert.Equal(created.Version, retried.Version);
        Assert.Equal(ErrorCodes.AlreadyExists, other.Code);
        Assert.Equal(["创建草稿", "发布"], (await Case(key).GetHistoryAsync()).Select(h => h.Action));
        var listed = await fixture.Grains.GetCatalogDirectory(key.Tenant, CatalogKind.Case).ListAsync(new CatalogQuery());
        Assert.Equal([key.Id], listed.Items.Select(e => e.Id));
    }

    [Fact]
    public async Task CreatePublishedAsync_Unpublishable_IsRefusedAndNothingIsStored()
    {
        var key = NewKey();

        var refused = await Assert.ThrowsAsync<DomainException>(() => Case(key).CreatePublishedAsync(Complete with { Body = null }, Owner.Nobody, TestActors.Curator));

        Assert.Contains(refused.Errors, e => e.Field == "body");
        Assert.Null(await Case(key).GetAsync());
    }

    [Fact]
    public async Task PublishAsync_IncompleteDraft_SaysEveryMissingFieldAndChangesNothing()
    {
        var key = NewKey();
        await Case(key).CreateDraftAsync(new CaseContent { Title = "只有标题" }, Owner.Nobody, TestActors.Curator);

        var ex = await Assert.ThrowsAsync<DomainException>(() => Case(key).PublishAsync(TestActors.Curator));

        Assert.Equal(["summary", "body", "organisation", "province", "industries", "domains", "metrics"], ex.Errors.Select(e => e.Field));
        Assert.Equal(CaseStatus.Draft, (await Case(key).GetAsync())!.Status);
    }

    [Fact]
    public async Task EditAsync_AfterPublishing_KeepsPublishedRevisionPublicUntilTheNewOneIsPublished()
    {
        var key = NewKey();
        await Case(key).CreateDraftAsync(Complete, Owner.Nobody, TestActors.Curator);
        var published = await Case(key).PublishAsync(TestActors.Curator);

        var edited = await Case(key).EditAsync(Complete with { Title = "高炉鼓风机远程运维" }, published.Version, TestActors.Curator);

        Assert.Equal((CaseStatus.Draft, 2, 1), (edited.Status, edited.Revision, edited.Published!.Number));
        Assert.True(edited.HasUnpublishedChanges);
        Assert.Equal("高炉鼓风机预测性维护", edited.Published.Content.Title);
        Assert.Equal("高炉鼓风机预测性维护", (await Case(key).GetEntryAsync())!.Title);

        await Case(key).SubmitForReviewAsync(TestActors.Curator);
        var republished = await Case(key).PublishAsync(TestActors.Curator);

        Assert.Equal(2, republished.Published!.Number);
        Assert.Equal("高炉鼓风机远程运维", (await Case(key).GetEntryAsync())!.Title);
        Assert.Equal(["高炉鼓风机预测性维护", "高炉鼓风机远程运维"], (await Case(key).GetRevisionsAsync()).Select(r => r.Content.Title));
    }

    [Fact]
    public async Task EditAsync_StaleVersion_IsAVersionConflict()
    {
        var key = NewKey();
        var created = await Case(key).CreateDraftAsync(Complete, Owner.Nobody, TestActors.Curator);
        await Case(key).EditAsync(Complete with { Summary = "第二版摘要。" }, created.Version, TestActors.Curator);

        var ex = await Assert.ThrowsAsync<DomainException>(() => Case(key).EditAsync(Complete with { Summary = "冲突。" }, created.Version, TestActors.Curator));

        Assert.Equal(ErrorCodes.VersionConflict, ex.Code);
    }

    [Fact]
    public async Task WithdrawAsync_NeedsAReason_ThenTakesTheCaseOutOfTheCatalog()
    {
        var key = NewKey();
        await Case(key).CreateDraftAsync(Complete, Owner.Nobody, TestActors.Curator);
        await Case(key).PublishAsync(TestActors.Curator);

        var noReason = await Assert.ThrowsAsync<DomainException>(() => Case(key).WithdrawAsync(" ", TestActors.Curator));
        var withdrawn = await Case(key).WithdrawAsync("企业申请撤回。", TestActors.Curator);

        Assert.Equal(ErrorCodes.Required, noReason.Code);
        Assert.Equal((CaseStatus.Withdrawn, false, "企业申请撤回。"), (withdrawn.Status, withdrawn.IsPublic, withdrawn.StatusNote));
        var page = await fixture.Grains.GetCatalogDirectory(key.Tenant, CatalogKind.Case).ListAsync(new CatalogQuery());
        Assert.Empty(page.Items);
    }

    [Fact]
    public async Task ReturnToDraftAsync_OnlyFromReview()
    {
        var key = NewKey();
        await Case(key).CreateDraftAsync(Complete, Owner.Nobody, TestActors.Curator);

        var ex = await Assert.ThrowsAsync<DomainException>(() => Case(key).ReturnToDraftAsync("请补充数据。", TestActors.Curator));
        await Case(key).SubmitForReviewAsync(TestActors.Curator);
        var returned = await Case(key).ReturnToDraftAsync("请补充实施前后的数据来源。", TestActors.Curator);

        Assert.Equal(ErrorCodes.InvalidTransition, ex.Code);
        Assert.Equal((CaseStatus.Draft, "请补充实施前后的数据来源。"), (returned.Status, returned.StatusNote));
    }
}
