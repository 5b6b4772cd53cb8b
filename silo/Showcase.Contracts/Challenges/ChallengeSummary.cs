using Showcase.Common;

namespace Showcase.Challenges;

/// <summary>One line of a portal's challenge board (榜单大厅).</summary>
[GenerateSerializer, Immutable, Alias("showcase.challenge-summary")]
public sealed record ChallengeSummary(
    [property: Id(0)] EntityId Id,
    [property: Id(1)] string Title,
    [property: Id(2)] ChallengeStatus Status,
    [property: Id(3)] string? Industry,
    [property: Id(4)] string? Domain,
    [property: Id(5)] decimal? BudgetMax,
    [property: Id(6)] DateTimeOffset? BidsDue,
    [property: Id(7)] int Bids,
    [property: Id(8)] Owner Owner,
    [property: Id(9)] int Version,
    [property: Id(10)] DateTimeOffset UpdatedAt) : IListedSummary
{
    /// <summary>Everyone sees challenges once they are opened; drafts only their posters and curators.</summary>
    public bool IsPublic => Status != ChallengeStatus.Draft;
}

/// <summary>A page of the board: filters combine; values within one are alternatives.</summary>
[GenerateSerializer, Immutable, Alias("showcase.challenge-board-query")]
public sealed record ChallengeBoardQuery(
    [property: Id(0)] IReadOnlyList<ChallengeStatus>? Statuses = null,
    [property: Id(1)] string? Industry = null,
    [property: Id(2)] int Skip = 0,
    [property: Id(3)] int Take = 20,
    [property: Id(4)] Owner? VisibleTo = null);

/// <summary>
/// A portal's challenge board: a projection the challenge grains keep. A challenge marks itself pending before it
/// writes and records its summary after; pending ids are refreshed from their grains when the board activates.
/// Key <c>{tenant}</c>.
/// </summary>
[Alias("showcase.challenge-board")]
public interface IChallengeBoardGrain : IGrainWithStringKey
{
    [Alias("mark-pending")]
    Task MarkPendingAsync(EntityId id);

    [Alias("record")]
    Task RecordAsync(ChallengeSummary summary);

    /// <summary>Drops a deleted draft's line (and its pending mark).</summary>
    [Alias("forget")]
    Task ForgetAsync(EntityId id);

    /// <summary>Newest first; <see cref="ChallengeBoardQuery.VisibleTo"/> null sees drafts too.</summary>
    [Alias("list"), Orleans.Concurrency.ReadOnly]
    Task<Page<ChallengeSummary>> ListAsync(ChallengeBoardQuery query);
}
