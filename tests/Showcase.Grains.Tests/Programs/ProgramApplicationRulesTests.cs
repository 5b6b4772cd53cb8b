using Showcase.Common;
using Showcase.Programs;
using Showcase.Testing;

namespace Showcase.Grains.Tests.Programs;

/// <summary>The seeds' rules for applications, each enforced by the application and call grains with a clear error that changes nothing.</summary>
public sealed class ProgramApplicationRulesTests(ClusterFixture fixture)
{
    private static readonly EntityId Province = EntityId.Parse("rec-province");
    private static readonly EntityId Applicant = EntityId.Parse("org-applicant");

    [Fact]
    public async Task Save_SecondProjectOfTheSameApplicant_IsRefused_AndTheFirstStays()
    {
        var (seed, call) = await Fusion2020Async();
        var grain = Application(seed, call, Applicant);
        await grain.SaveAsync(new ProgramApplicationContent { ProjectName = "项目一" }, 0, Owner.Nobody, "申报单位", ProgramSeed.Curator);

        var refused = await Assert.ThrowsAsync<DomainException>(() =>
            grain.SaveAsync(new ProgramApplicationContent { ProjectName = "项目二" }, 0, Owner.Nobody, "申报单位", ProgramSeed.Curator));

        Assert.Equal(ErrorCodes.AlreadyExists, refused.Code);
        Assert.Contains("每个申报主体只能申报一个项目", refused.Message, StringComparison.Ordinal);
        Assert.Equal(("项目一", 1), ((await grain.GetAsync())!.Content.ProjectName, (await grain.GetAsync())!.Version));
    }

    [Fact]
    public async Task Save_DirectionsFromThreeClasses_IsRefused_TwoClassesAreFine()
    {
        var (seed, call) = await Fusion2020Async();
        var grain = Application(seed, call, Applicant);

        var refused = await Assert.ThrowsAsync<DomainException>(() => grain.SaveAsync(
            new ProgramApplicationContent { Directions = ["fusion-2020-d01", "fusion-2020-d05", "fusion-2020-d09"] }, 0, Owner.Nobody, "申报单位", ProgramSeed.Curator));
        var saved = await grain.SaveAsync(
            new ProgramApplicationContent { Directions = ["fusion-2020-d01", "fusion-2020-d02", "fusion-2020-d09"] }, 0, Owner.Nobody, "申报单位", ProgramSeed.Curator);

        Assert.Equal((ErrorCodes.TooMany, "directions"), (refused.Code, refused.Errors[0].Field));
        Assert.Contains("不超过 2 类", refused.Message, StringComparison.Ordinal);
        Assert.Equal(["management-system", "sino-german"], ProgramCatalog.Find("fusion-2020")!.FormsFor(saved.Content.Directions));
    }

    [Fact]
    public async Task Save_FourInnovationDirections_IsRefused_ThreeAreFine()
    {
        var seed = new ProgramSeed(fixture.Grains, TestTenants.Fresh());
        var call = EntityId.New();
        await seed.CallAsync(call, ProgramSeed.Setup("innovation-2019"));
        var grain = Application(seed, call, Applicant);

        var refused = await Assert.ThrowsAsync<DomainException>(() => grain.SaveAsync(
            new ProgramApplicationContent { Directions = ["innovation-2019-d01", "innovation-2019-d03", "innovation-2019-d04", "innovation-2019-d06"] }, 0, Owner.Nobody, "x", ProgramSeed.Curator));
        await grain.SaveAsync(new ProgramApplicationContent { Directions = ["innovation-2019-d01", "innovation-2019-d03", "innovation-2019-d04"] }, 0, Owner.Nobody, "x", ProgramSeed.Curator);

        Assert.Equal(ErrorCodes.TooMany, refused.Code);
        Assert.Contains("不超过 3 个", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_ADirectionOfAnotherProgram_IsRefused()
    {
        var (seed, call) = await Fusion2020Async();

        var refused = await Assert.ThrowsAsync<DomainException>(() => Application(seed, call, Applicant).SaveAsync(
            new ProgramApplicationContent { Directions = ["fusion-2019-d10"] }, 0, Owner.Nobody, "x", ProgramSeed.Curator));

        Assert.Equal(ErrorCodes.UnknownCode, refused.Code);
        Assert.Null(await Application(seed, call, Applicant).GetAsync());
    }

    [Fact]
    public async Task Submit_ADirectionAlreadyWon_IsRefused_EvenUnderItsEarlierCode()
    {
        var tenant = TestTenants.Fresh();
        var (seed, call) = await Fusion2020Async(tenant);
        await fixture.Grains.GetProgramHonours(tenant).RecordAsync([new ProgramHonour(Applicant, "fusion-2019-d02", "供应链协同平台", "2019年制造业与互联网融合发展试点示范")], ProgramSeed.Curator);

        var refused = await Assert.ThrowsAsync<DomainException>(() =>
            seed.SubmittedAsync(call, Applicant, ProgramSeed.Application("fusion-2020", "供应链管控能力建设", Province, "fusion-2020-d01")));
        var other = await seed.SubmittedAsync(call, EntityId.Parse("org-other"), ProgramSeed.Application("fusion-2020", "供应链管控能力建设", Province, "fusion-2020-d01"));
        var allowed = await seed.SubmittedAsync(call, Applicant, ProgramSeed.Application("fusion-2020", "全生命周期能力建设", Province, "fusion-2020-d02"));

        Assert.Equal(ErrorCodes.NotEligible, refused.Code);
        Assert.Contains("不得重复申报", refused.Message, StringComparison.Ordinal);
        Assert.Equal(ProgramApplicationStatus.Submitted, other.Status);
        Assert.Equal((ProgramApplicationStatus.Submitted, "全生命周期能力建设"), (allowed.Status, allowed.Content.ProjectName));
    }

    [Fact]
    public async Task Submit_IncompleteForm_ListsEveryMissingAnswer_WithoutPledgeIsRefused_AndStaysDraft()
    {
        var (seed, call) = await Fusion2020Async();
        var grain = Application(seed, call, Applicant);
        var complete = ProgramSeed.Application("fusion-2020", "平台项目", Province, "fusion-2020-d05");
        var answers = new Dictionary<string, string>(complete.Answers);
        answers.Remove("cross-industry-platform/architecture");
        answers.Remove("cross-industry-platform/company.contact.email");
        var saved = await grain.SaveAsync(complete with { Answers = answers }, 0, Owner.Nobody, "申报单位", ProgramSeed.Curator);

        var refused = await Assert.ThrowsAsync<DomainException>(() => grain.SubmitAsync(pledge: false, saved.Version, ProgramSeed.Curator));

        Assert.Equal(
            ["answers.cross-industry-platform/architecture", "answers.cross-industry-platform/company.contact.email", "pledge"],
            refused.Errors.Select(e => e.Field!).Order(StringComparer.Ordinal));
        Assert.Contains(refused.Errors, e => e.Message.Contains("技术架构", StringComparison.Ordinal));
        Assert.Equal(ProgramApplicationStatus.Draft, (await grain.GetAsync())!.Status);
    }

    [Fact]
    public async Task Save_AnswersBreakingTheSeedsLimits_AreRefusedEachInWords()
    {
        var (seed, call) = await Fusion2020Async();
        var content = ProgramSeed.Application("fusion-2020", "平台项目", Province, "fusion-2020-d05");
        var answers = new Dictionary<string, string>(content.Answers)
        {
            ["cross-industry-platform/company.intro"] = new string('字', 1001),
            ["cross-industry-platform/developers.registered"] = "100",
            ["cross-industry-platform/developers.active"] = "120",
            ["cross-industry-platform/devices.running"] = "-3",
            ["cross-industry-platform/company.founded"] = "2020年1月",
            ["cross-industry-platform/solutions.industries"] = "23",
            ["cross-industry-platform/no-such-field"] = "x",
        };

        var refused = await Assert.ThrowsAsync<DomainException>(() =>
            Application(seed, call, Applicant).SaveAsync(content with { Answers = answers }, 0, Owner.Nobody, "x", ProgramSeed.Curator));

        var byField = refused.Errors.ToDictionary(e => e.Field!["answers.cross-industry-platform/".Length..], e => e.Code);
        Assert.Equal(ErrorCodes.TooLong, byField["company.intro"]);
        Assert.Equal(ErrorCodes.InvalidValue, byField["developers.active"]);
        Assert.Equal(ErrorCodes.InvalidValue, byField["devices.running"]);
        Assert.Equal(ErrorCodes.InvalidValue, byField["company.founded"]);
        Assert.Equal(ErrorCodes.InvalidValue, byField["solutions.industries"]);
        Assert.Equal(ErrorCodes.InvalidValue, byField["no-such-field"]);
        Assert.Contains(refused.Errors, e => e.Message == "“企业简介（申报单位情况介绍、核心竞争力介绍）”不能超过 1000 个字（现在 1001 个字）。");
        Assert.Null(await Application(seed, call, Applicant).GetAsync());
    }

    [Fact]
    public async Task Submit_SinoGermanPurchaseOnly_IsRefused()
    {
        var (seed, call) = await Fusion2020Async();
        var content = ProgramSeed.Application("fusion-2020", "中德合作", Province, "fusion-2020-d09");
        var answers = new Dictionary<string, string>(content.Answers) { ["sino-german/project.substantive"] = "否" };

        var refused = await Assert.ThrowsAsync<DomainException>(() => seed.SubmittedAsync(call, Applicant, content with { Answers = answers }));

        Assert.Equal((ErrorCodes.NotEligible, "answers.sino-german/project.substantive"), (refused.Code, refused.Errors[0].Field));
        Assert.Contains("仅购买产品", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_ToSomeoneNotRecommendingThisCall_IsRefused()
    {
        var (seed, call) = await Fusion2020Async();

        var refused = await Assert.ThrowsAsync<DomainException>(() =>
            seed.SubmittedAsync(call, Applicant, ProgramSeed.Application("fusion-2020", "项目", EntityId.Parse("rec-elsewhere"), "fusion-2020-d05")));

        Assert.Equal((ErrorCodes.NotFound, "recommender"), (refused.Code, refused.Errors[0].Field));
    }

    private async Task<(ProgramSeed Seed, EntityId Call)> Fusion2020Async(Showcase.Tenancy.TenantId? tenant = null)
    {
        var seed = new ProgramSeed(fixture.Grains, tenant ?? TestTenants.Fresh());
        var call = EntityId.New();
        await seed.CallAsync(call, ProgramSeed.Setup("fusion-2020"), new RecommenderSeat(Province, "local-authority", Name: "测试省工信厅"));
        return (seed, call);
    }

    private IProgramApplicationGrain Application(ProgramSeed seed, EntityId call, EntityId applicant) =>
        fixture.Grains.GetProgramApplication(new ProgramApplicationKey(new ProgramCallKey(seed.Tenant, call), applicant));
}
