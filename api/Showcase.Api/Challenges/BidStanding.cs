using Showcase.Listings;

namespace Showcase.Api.Challenges;

/// <summary>
/// What a challenge page shows the current person about bidding: the providers they may bid for, or why not
/// (<see cref="Reason"/>, the unmet conditions) and where to go next.
/// </summary>
public sealed record BidStanding(
    IReadOnlyList<CatalogEntry> Providers, string? Reason, string? NextUrl, string? NextText, IReadOnlyList<string> Unmet)
{
    public static BidStanding Nothing { get; } = new([], null, null, null, []);

    public static BidStanding Refused(string reason, string? nextUrl = null, string? nextText = null) => new([], reason, nextUrl, nextText, []);
}
