using Showcase.Common;
using Showcase.People;
using Showcase.Programs;
using Showcase.Testing;

namespace Showcase.Grains.Tests.Programs;

/// <summary>Recommenders rank and recommend within the quota their kind, their province's split or the curator gives them.</summary>
public sealed class RecommendationQuotaTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Seats_TakeTheNoticesQuotaByKind_OrTheProvincesSplitByCity()
    {
        var seed = new ProgramSeed(fixture.Grains, TestTenants.Fresh());

        var fusion = await seed.CallAsync(EntityId.New(), ProgramSeed.Setup("fusion-2020"),
            new RecommenderSeat(EntityId.Parse("bureau"), "ministry-bureau"),
            new RecommenderSeat(EntityId.Parse("province"), "local-authority"),
            new RecommenderSeat(EntityId.Parse("soe"), "central-soe"),
            new RecommenderSeat(EntityId.Parse("special"), "local-authority", Quota: 4));
        var guangdong = await seed.CallAsync(EntityId.New(), ProgramSeed.Setup("fusion-2020", quotaScheme: "guangdong-2020"),
            new RecommenderSeat(EntityId.Parse("guangzhou"), "local-authority", "4401"),
            new RecommenderSeat(EntityId.Parse("shenzhen"), "local-authority", "4403"),
            new RecommenderSeat(EntityId.Parse("dongguan"), "local-authority", "4419"),
            new RecommenderSeat(EntityId.Parse("shantou"), "local-authority", "4405"));
        var innovation = await seed.CallAsync(EntityId.New(), ProgramSeed.Setup("innovation-2019"), new RecommenderSeat(EntityId.Parse("city"), "local-authority"));

        Assert.Equal([5, 10, 3, 4], fusion.Recommenders.Select(r => r.Quota ?? -1));
        Assert.Equal([3, 3, 2, 1], guangdong.Recommenders.Select(r => r.Quota ?? -1));
        Assert.Equal(15, innovation.Recommenders[0].Quota);
    }

    [Fact]
    public async Task SetRecommenders_AKindTheProgramDoesNotTake_IsRefused()
    {
        var seed = new ProgramSeed(fixture.Grains, TestTenants.Fresh());
        var call = await seed.CallAsync(EntityId.New(), ProgramSeed.Setup("innovation-2019"));
        await seed.RecommenderAsync(EntityId.Parse("soe"), "某中央企业集团");

        var refused = await Assert.ThrowsAsync<DomainException>(() => fixture.Grains.GetProgramCall(call.Key)
            .SetRecommendersAsync([new RecommenderSeat(EntityId.Parse("soe"), "central-soe")], call.Version, ProgramSeed.Curator));

        Assert.Equal(ErrorCodes.NotEligible, refused.Code);
        Assert.Contains("不接受“中央企业集团”推荐", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SetRecommenders_AnOrganisationThatIsNoRecommender_IsRefused()
    {
        var tenant = TestTenants.Fresh();
        var seed = new ProgramSeed(fixture.Grains, tenant);
        var call = await seed.CallAsync(EntityId.New(), ProgramSeed.Setup("fusion-2020"));
        await fixture.Grains.GetOrganisation(new OrganisationKey(tenant, EntityId.Parse("ent")))
            .CreateAsync(new OrganisationProfile("某企业", OrganisationKind.Enterprise, null), ProgramSeed.Curator);

        var refused = await Assert.ThrowsAsync<DomainException>(() => fixture.Grains.GetProgramCall(call.Key)
            .SetRecommendersAsync([new RecommenderSeat(EntityId.Parse("ent"), "local-authority")], call.Version, ProgramSeed.Curator));

        Assert.Equal(ErrorCodes.NotFound, refused.Code);
        Assert.Empty((await fixture.Grains.GetProgramCall(call.Key).GetAsync())!.Recommenders);
    }

    [Fact]
    public async Task Recommend_MoreThanTheQuota_IsRefused_WithinItIsRankedInOrder()
    {
        var seed = new ProgramSeed(fixture.Grains, TestTenants.Fresh());
        var shantou = EntityId.Parse("shantou");
        var guangzhou = EntityId.Parse("guangzhou");
        var id = EntityId.New();
        var call = await seed.CallAsync(id, ProgramSeed.Setup("fusion-2020", quotaScheme: "guangdong-2020"),
            new RecommenderSeat(shantou, "local-authority", "4405", Name: "汕头市工业和信息化局"),
            new RecommenderSeat(guangzhou, "local-authority", "4401", Name: "广州市工业和信息化局"));
        var applicants = new[] { "a1", "a2", "a3", "a4" }.Select(EntityId.Parse).ToArray();
        foreach (var applicant in applicants[..2])
        {
            await seed.SubmittedAsync(id, applicant, ProgramSeed.Application("fusion-2020", $"{applicant} 的项目", shantou, "fusion-2020-d05"));
        }

        foreach (var applicant in applicants[2..])
        {
            await seed.SubmittedAsync(id, applicant, ProgramSeed.Application("fusion-2020", $"{applicant} 的项目", guangzhou, "fusion-2020-d06"));
        }

        var grain = fixture.Grains.GetProgramCall(call.Key);
        var tooMany = await Assert.ThrowsAsync<DomainException>(() => grain.RecommendAsync(shantou, applicants[..2], ProgramSeed.Curator));
        var notTheirs = await Assert.ThrowsAsync<DomainException>(() => grain.RecommendAsync(guangzhou, [applicants[0]], ProgramSeed.Curator));
        var ranked = await grain.RecommendAsync(guangzhou, [applicants[3], applicants[2]], ProgramSeed.Curator);
        await grain.RecommendAsync(shantou, [applicants[1]], ProgramSeed.Curator);

        Assert.Equal(ErrorCodes.TooMany, tooMany.Code);
        Assert.Equal("超出推荐名额：汕头市工业和信息化局最多推荐 1 项，本次名单有 2 项。", tooMany.Message);
        Assert.Equal(ErrorCodes.InvalidValue, notTheirs.Code);
        Assert.Equal([applicants[3], applicants[2]], ranked.RecommendedBy(guangzhou));
        Assert.Equal((guangzhou, 2), (await grain.GetAsync())!.RecommendationOf(applicants[2]));
        Assert.Equal([applicants[1]], (await grain.GetAsync())!.RecommendedBy(shantou));
    }

    [Fact]
    public async Task Withdraw_ARecommendedApplication_LeavesTheRecommendersList()
    {
        var seed = new ProgramSeed(fixture.Grains, TestTenants.Fresh());
        var province = EntityId.Parse("province");
        var id = EntityId.New();
        var call = await seed.CallAsync(id, ProgramSeed.Setup("fusion-2020"), new RecommenderSeat(province, "local-authority"));
        var applicant = EntityId.Parse("a1");
        var submitted = await seed.SubmittedAsync(id, applicant, ProgramSeed.Application("fusion-2020", "项目", province, "fusion-2020-d05"));
        var grain = fixture.Grains.GetProgramCall(call.Key);
        await grain.RecommendAsync(province, [applicant], ProgramSeed.Curator);

        await fixture.Grains.GetProgramApplication(submitted.Key).WithdrawAsync(ProgramSeed.Curator);

        var after = (await grain.GetAsync())!;
        Assert.Empty(after.RecommendedBy(province));
        Assert.Equal(ProgramApplicationStatus.Withdrawn, after.Applications.Single().Status);
    }

    [Fact]
    public async Task SetRecommenders_BelowWhatWasAlreadyRecommended_IsRefused()
    {
        var seed = new ProgramSeed(fixture.Grains, TestTenants.Fresh());
        var province = EntityId.Parse("province");
        var id = EntityId.New();
        await seed.CallAsync(id, ProgramSeed.Setup("fusion-2020"), new RecommenderSeat(province, "local-authority"));
        foreach (var applicant in new[] { "a1", "a2" }.Select(EntityId.Parse))
        {
            await seed.SubmittedAsync(id, applicant, ProgramSeed.Application("fusion-2020", $"{applicant}", province, "fusion-2020-d05"));
        }

        var grain = fixture.Grains.GetProgramCall(new ProgramCallKey(seed.Tenant, id));
        var recommended = await grain.RecommendAsync(province, [EntityId.Parse("a1"), EntityId.Parse("a2")], ProgramSeed.Curator);

        var refused = await Assert.ThrowsAsync<DomainException>(() =>
            grain.SetRecommendersAsync([new RecommenderSeat(province, "local-authority", Quota: 1)], recommended.Version, ProgramSeed.Curator));

        Assert.Equal(ErrorCodes.TooMany, refused.Code);
        Assert.Equal(10, (await grain.GetAsync())!.Recommenders.Single().Quota);
    }
}
