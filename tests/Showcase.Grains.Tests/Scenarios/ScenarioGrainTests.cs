using Showcase.Common;
using Showcase.Scenarios;

namespace Showcase.Grains.Tests.Scenarios;

public sealed class ScenarioGrainTests(ClusterFixture fixture)
{
    private static readonly ScenarioContent Complete = new()
    {
        Title = "  高炉关键设备预测性维护  ",
        Summary = "在鼓风机和热风炉上加装传感器，基于机理模型预警故障。",
        Stages = ["production", "service", "production"],
        Industry = "ferrous-metals",
        Domain = "maintenance",
        Technologies = ["industrial-internet", "ai"],
    };

    private static ScenarioKey NewKey() => new(TestTenants.Fresh(), EntityId.New());

    private IScenarioGrain Scenario(ScenarioKey key) => fixture.Grains.GetScenario(key);

    [Fact]
    public async Task CreateDraftAsync_Content_IsNormalizedAndStoredAsVersionOne()
    {
        var key = NewKey();

        var created = await Scenario(key).CreateDraftAsync(Complete, Owner.Nobody, TestActors.Curator);

        Assert.Equal("高炉关键设备预测性维护", created.Content.Title);
        Assert.Equal(["production", "service"], created.Content.Stages);
        Assert.Equal(ScenarioStatus.Draft, created.Status);
        Assert.Equal(1, created.Version);
        Assert.Equal(created, await Scenario(key).GetAsync());
    }

    [Fact]
    public async Task DeleteDraft_RemovesANeverPublishedDraftAndItsLine_NotOneThatWasPublished()
    {
        var draftKey = NewKey();
        var publishedKey = new ScenarioKey(draftKey.Tenant, EntityId.New());
        await Scenario(draftKey).CreateDraftAsync(Complete, Owner.Nobody, TestActors.Curator);
        await Scenario(publishedKey).CreateDraftAsync(Complete, Owner.Nobody, TestActors.Curator);
        await Scenario(publishedKey).PublishAsync(TestActors.Curator);
        await Scenario(publishedKey).UnpublishAsync(TestActors.Curator);

        await Scenario(draftKey).DeleteDraftAsync(TestActors.Curator);
        await Scenario(draftKey).DeleteDraftAsync(TestActors.Curator);
        var refused = await Assert.ThrowsAsync<DomainException>(() => Scenario(publishedKey).DeleteDraftAsync(TestActors.Curator));

        Assert.Null(await Scenario(draftKey).GetAsync());
        Assert.Equal(ErrorCodes.InvalidTransition, refused.Code);
        var listed = await fixture.Grains.GetScenarioDirectory(draftKey.Tenant).ListAsync(new ScenarioListQuery(null, 0, 20));
        Assert.Equal([publishedKey.Id], listed.Items.Select(s => s.Id));
    }

    [Fact]
    public async Task CreateDraftAsync_InvalidContent_ThrowsEveryProblemAndStoresNothing()
    {
        var key = NewKey();
        var invalid = new ScenarioContent
        {
            Title = new string('长', 61),
            Industry = "steel",
            Stages = ["assembly"],
            Technologies = ["quantum"],
        };

        var ex = await Assert.ThrowsAsync<DomainException>(() => Scenario(key).CreateDraftAsync(invalid, Owner.Nobody, TestActors.Curator));

        Assert.Equal(
            [("TOO_LONG", "title"), ("UNKNOWN_REFERENCE_CODE", "industry"), ("UNKNOWN_REFERENCE_CODE", "stages"), ("UNKNOWN_REFERENCE_CODE", "technologies")],
            ex.Errors.Select(e => (e.Code, e.Field!)));
        Assert.Contains("不能超过 60 个字", ex.Errors[0].Message);
        Assert.Null(await Scenario(key).GetAsync());
    }

    [Fact]
    public async Task CreateDraftAsync_Retried_ReturnsSameScenario_ButOtherContentIsRefused()
    {
        var key = NewKey();
        var first = await Scenario(key).CreateDraftAsync(Complete, Owner.Nobody, TestActors.Curator);

        var retry = await Scenario(key).CreateDraftAsync(Complete, Owner.Nobody, TestActors.Curator);
        var ex = await Assert.ThrowsAsync<DomainException>(() => Scenario(key).CreateDraftAsync(Complete with { Title = "别的场景" }, Owner.Nobody, TestActors.Curator));

        Assert.Equal(first, retry);
        Assert.Equal(ErrorCodes.AlreadyExists, ex.Code);
    }

    [Fact]
    public async Task PublishAsync_IncompleteDraft_IsRefusedWithRequiredFieldsAndStaysDraft()
    {
        var key = NewKey();
        await Scenario(key).CreateDraftAsync(new ScenarioContent { Title = "只写了标题" }, Owner.Nobody, TestActors.Curator);

        var ex = await Assert.ThrowsAsync<DomainException>(() => Scenario(key).PublishAsync(TestActors.Curator));

        Assert.Equal(["summary", "industry", "domain", "stages"], ex.Errors.Select(e => e.Field!));
        Assert.All(ex.Errors, e => Assert.Equal(ErrorCodes.Required, e.Code));
        var stored = await Scenario(key).GetAsync();
        Assert.Equal(ScenarioStatus.Draft, stored!.Status);
        Assert.Equal(1, stored.Version);
    }

    [Fact]
    public async Task PublishAsync_Twice_ChangesOnce()
    {
        var key = NewKey();
        await Scenario(key).CreateDraftAsync(Complete, Owner.Nobody, TestActors.Curator);

        var published = await Scenario(key).PublishAsync(TestActors.Curator);
        var again = await Scenario(key).PublishAsync(TestActors.Curator);

        Assert.Equal(ScenarioStatus.Published, published.Status);
        Assert.NotNull(published.PublishedAt);
        Assert.Equal(2, again.Version);
    }

    [Fact]
    public async Task EditAsync_PublishedScenarioLosingItsIndustry_IsRefusedAndKeepsPublishedContent()
    {
        var key = NewKey();
        await Scenario(key).CreateDraftAsync(Complete, Owner.Nobody, TestActors.Curator);
        var published = await Scenario(key).PublishAsync(TestActors.Curator);

        var ex = await Assert.ThrowsAsync<DomainException>(() =>
            Scenario(key).EditAsync(Complete with { Industry = null }, published.Version, TestActors.Curator));

        Assert.Equal(("REQUIRED", "industry"), (ex.Code, ex.Errors[0].Field));
        Assert.Equal(published, await Scenario(key).GetAsync());
    }

    [Fact]
    public async Task EditAsync_StaleVersion_IsRefusedWithVersionConflict()
    {
        var key = NewKey();
        await Scenario(key).CreateDraftAsync(Complete, Owner.Nobody, TestActors.Curator);
        await Scenario(key).EditAsync(Complete with { Title = "第二版" }, 1, TestActors.Curator);

        var ex = await Assert.ThrowsAsync<DomainException>(() => Scenario(key).EditAsync(Complete with { Title = "基于第一版" }, 1, TestActors.Curator));

        Assert.Equal(ErrorCodes.VersionConflict, ex.Code);
        Assert.Equal("第二版", (await Scenario(key).GetAsync())!.Content.Title);
    }

    [Fact]
    public async Task UnpublishAsync_Published_BecomesUnpublishedAndCanBePublishedAgain()
    {
        var key = NewKey();
        await Scenario(key).CreateDraftAsync(Complete, Owner.Nobody, TestActors.Curator);
        await Scenario(key).PublishAsync(TestActors.Curator);

        var unpublished = await Scenario(key).UnpublishAsync(TestActors.Curator);
        var republished = await Scenario(key).PublishAsync(TestActors.Curator);

        Assert.Equal(ScenarioStatus.Unpublished, unpublished.Status);
        Assert.Equal(ScenarioStatus.Published, republished.Status);
        Assert.Equal(4, republished.Version);
    }

    [Fact]
    public async Task AnyChange_ToAScenarioNeverCreated_IsNotFound()
    {
        var ex = await Assert.ThrowsAsync<DomainException>(() => Scenario(NewKey()).PublishAsync(TestActors.Curator));

        Assert.Equal(ErrorCodes.NotFound, ex.Code);
    }
}
