namespace Showcase.Challenges;

/// <summary>What people call a challenge's states and steps.</summary>
public static class ChallengeLabels
{
    public static string Status(ChallengeStatus status) => status switch
    {
        ChallengeStatus.Draft => "草稿",
        ChallengeStatus.Open => "揭榜中",
        ChallengeStatus.Closed => "已截止",
        ChallengeStatus.Evaluating => "评审中",
        ChallengeStatus.Awarded => "已挂帅",
        ChallengeStatus.Delivering => "实施中",
        ChallengeStatus.Accepted => "已验收",
        ChallengeStatus.Failed => "验收未通过",
        _ => "已撤榜",
    };

    /// <summary>The step into a state, as a verb: 发榜, 截止揭榜, …</summary>
    public static string Step(ChallengeStatus to) => to switch
    {
        ChallengeStatus.Open => "发榜",
        ChallengeStatus.Closed => "截止揭榜",
        ChallengeStatus.Evaluating => "开始评审",
        ChallengeStatus.Awarded => "确定中榜方案",
        ChallengeStatus.Delivering => "开始实施",
        ChallengeStatus.Accepted => "验收通过",
        ChallengeStatus.Failed => "判定验收未通过",
        ChallengeStatus.Cancelled => "撤榜",
        _ => "退回草稿",
    };

    public static string Bid(BidStatus status) => status switch
    {
        BidStatus.Submitted => "已提交",
        BidStatus.NeedsRenewal => "待重新确认",
        BidStatus.Withdrawn => "已撤回",
        BidStatus.Awarded => "已中榜",
        _ => "未中榜",
    };
}
