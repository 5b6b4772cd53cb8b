using Showcase.Cases;
using Showcase.Challenges;
using Showcase.Listings;
using Showcase.Programs;
using Showcase.Providers;
using Showcase.Tenancy;
using Showcase.Titles;

namespace Showcase.Contracts.Tests.Reference;

/// <summary>Every state and kind has its words in Chinese and in English: the resources, not a switch, hold them.</summary>
public sealed class LabelTests
{
    public static TheoryData<string> Languages => [TenantProfile.Chinese, TenantProfile.English];

    [Theory]
    [MemberData(nameof(Languages))]
    public void EveryStateAndKind_HasALabel(string language)
    {
        IEnumerable<string> labels =
        [
            .. Enum.GetValues<CatalogKind>().Select(k => CatalogLabels.Kind(k, language)),
            .. Enum.GetValues<CaseStatus>().Select(s => CatalogLabels.Status(s, language)),
            .. Enum.GetValues<ProviderStatus>().Select(s => CatalogLabels.Status(s, language)),
            .. Enum.GetValues<ChallengeStatus>().SelectMany(s => new[] { ChallengeLabels.Status(s, language), ChallengeLabels.Step(s, language) }),
            .. Enum.GetValues<BidStatus>().Select(s => ChallengeLabels.Bid(s, language)),
            .. Enum.GetValues<ProgramCallStatus>().Select(s => ProgramCallLabels.Status(s, language)),
            .. Enum.GetValues<ProgramApplicationStatus>().Select(s => ProgramCallLabels.Status(s, language)),
            .. Enum.GetValues<TitleTrack>().SelectMany(t => Enum.GetValues<TitleStatus>().Select(s => TitleLabels.Status(t, s, language))
                .Concat(Enum.GetValues<TitleAction>().Select(a => TitleLabels.Action(t, a, language)))),
        ];

        Assert.All(labels, label => Assert.False(string.IsNullOrWhiteSpace(label)));
    }

    [Fact]
    public void Labels_FollowTheLanguage_ChineseUnlessAsked()
    {
        Assert.Equal(("揭榜中", "Open for bids"), (ChallengeLabels.Status(ChallengeStatus.Open), ChallengeLabels.Status(ChallengeStatus.Open, TenantProfile.English)));
        Assert.Equal(("示范工厂", "Demonstration factory"), (TitleLabels.Status(TitleTrack.Factory, TitleStatus.Recognised), TitleLabels.Status(TitleTrack.Factory, TitleStatus.Recognised, TenantProfile.English)));
        Assert.Equal("已批复创建", TitleLabels.Status(TitleTrack.PilotZone, TitleStatus.Recognised));
        Assert.Equal("Case", CatalogLabels.Kind(CatalogKind.Case, TenantProfile.English));
    }
}
