namespace Showcase.Challenges;

/// <summary>draft → open → closed → evaluating → awarded → delivering → accepted / failed; cancelled from any unfinished step.</summary>
public enum ChallengeStatus
{
    Draft,
    Open,
    Closed,
    Evaluating,
    Awarded,
    Delivering,
    Accepted,
    Failed,
    Cancelled,
}
