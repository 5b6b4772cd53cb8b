using Showcase.Challenges;

namespace Showcase.Api.Challenges;

/// <summary>A bidder's result: per-criterion averages (rubric order), the weighted total, its rank among the reviewed bids, and the comments.</summary>
public sealed record BidFeedback(IReadOnlyList<RubricCriterion> Rubric, IReadOnlyList<decimal> Averages, decimal? Total, int? Rank, int Reviewed, IReadOnlyList<string> Comments);

/// <summary>A challenge a provider bid on, with its bid.</summary>
public sealed record ProviderBid(ChallengeSnapshot Challenge, BidSnapshot Bid);
