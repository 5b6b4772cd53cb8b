using Showcase.Challenges;

namespace Showcase.Api.Challenges;

/// <summary>A challenge a provider bid on, with its bid.</summary>
public sealed record ProviderBid(ChallengeSnapshot Challenge, BidSnapshot Bid);
