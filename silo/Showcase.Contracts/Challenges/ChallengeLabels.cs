using Showcase.Common;
using Showcase.Tenancy;

namespace Showcase.Challenges;

/// <summary>What people call a challenge's states and steps (ChallengeLabels.resx, .en.resx).</summary>
public static class ChallengeLabels
{
    private static readonly LabelTexts Texts = new(typeof(ChallengeLabels));

    public static string Status(ChallengeStatus status, string language = TenantProfile.Chinese) => Texts.Get($"Status.{status}", language);

    /// <summary>The step into a state, as a verb: 发榜, 截止揭榜, …</summary>
    public static string Step(ChallengeStatus to, string language = TenantProfile.Chinese) => Texts.Get($"Step.{to}", language);

    public static string Bid(BidStatus status, string language = TenantProfile.Chinese) => Texts.Get($"Bid.{status}", language);
}
