using Showcase.Challenges;
using Showcase.Common;
using Showcase.Grains.Rules;

namespace Showcase.Grains.Challenges;

/// <summary>What a bid (揭榜方案) must hold.</summary>
internal static class BidRules
{
    public const int ProposalMax = 20_000;
    public const int ScheduleMax = 2_000;
    public const int TeamMax = 30;
    public const int ReferencedCasesMax = 10;

    public static BidContent Normalize(BidContent content) => content with
    {
        Proposal = Clean.Text(content.Proposal),
        Schedule = Clean.Text(content.Schedule),
        Team = content.Team.Select(Clean.Text).OfType<string>().ToArray(),
        ReferencedCases = Clean.Distinct(content.ReferencedCases),
    };

    public static RuleErrors Check(BidContent content) => new RuleErrors()
        .Required(content.Proposal, "proposal", "技术方案")
        .MaxLength(content.Proposal, ProposalMax, "proposal", "技术方案")
        .Required(content.Schedule, "schedule", "实施计划")
        .MaxLength(content.Schedule, ScheduleMax, "schedule", "实施计划")
        .Check(content.Price is > 0, ErrorCodes.Required, Sentence.Of("BidPriceRequired"), "price")
        .Required(content.Team, "team", "项目团队")
        .MaxCount(content.Team, TeamMax, "team", "项目团队")
        .MaxCount(content.ReferencedCases, ReferencedCasesMax, "referencedCases", "引用案例")
        .MaxCount(content.Files, BidContent.FilesMax, "files", "方案附件")
        .Check(content.Files.DistinctBy(f => f.Id).Count() == content.Files.Count, ErrorCodes.InvalidValue, Sentence.Of("AttachmentTwice"), "files");
}
