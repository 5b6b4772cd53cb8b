using GraphQL.Types;
using Showcase.Challenges;

namespace Showcase.Api.Challenges;

public sealed class ChallengeStatusType : EnumerationGraphType<ChallengeStatus>
{
    public ChallengeStatusType()
    {
        Name = "ChallengeStatus";
        Description = "DRAFT → OPEN (taking bids) → CLOSED → EVALUATING → AWARDED (挂帅) → DELIVERING → ACCEPTED (验收) or FAILED; CANCELLED (撤榜) from any unfinished step.";
    }
}

public sealed class BidStatusType : EnumerationGraphType<BidStatus>
{
    public BidStatusType()
    {
        Name = "BidStatus";
        Description = "SUBMITTED; NEEDS_RENEWAL when the challenge changed after it (resubmit); WITHDRAWN; AWARDED or NOT_AWARDED after the award.";
    }
}
