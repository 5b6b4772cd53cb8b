using Orleans.Concurrency;
using Showcase.Audit;
using Showcase.Common;

namespace Showcase.Challenges;

/// <summary>
/// One challenge (榜单) and the rules of taking it up. Key <c>{tenant}/{id}</c>, built with
/// <see cref="ChallengeGrainFactoryExtensions.GetChallenge"/>. Bids live in their own grains; this grain decides
/// whether a bid may be taken and keeps the summary of every bid.
/// </summary>
[Alias("showcase.challenge")]
public interface IChallengeGrain : IGrainWithStringKey
{
    /// <summary>Creates the draft; a retry with the same content returns it, other content is <c>ALREADY_EXISTS</c>.</summary>
    [Alias("create")]
    Task<ChallengeSnapshot> CreateAsync(ChallengeContent content, Owner owner, Actor by);

    /// <summary>Deletes a draft that was never opened, for good; deleting one already gone does nothing.</summary>
    [Alias("delete-draft")]
    Task DeleteDraftAsync(Actor by);

    /// <summary>
    /// Edits a draft or an open challenge. Editing an open challenge that has bids marks them for renewal and tells
    /// each bidder; <c>VERSION_CONFLICT</c> when it changed since <paramref name="expectedVersion"/>.
    /// </summary>
    [Alias("edit")]
    Task<ChallengeSnapshot> EditAsync(ChallengeContent content, int expectedVersion, Actor by);

    /// <summary>Publishes the challenge for bids: it must be complete, with its bid deadline ahead.</summary>
    [Alias("open")]
    Task<ChallengeSnapshot> OpenAsync(Actor by);

    /// <summary>Moves it one step on (close, evaluate, start delivery, accept or fail, cancel), each only from where it may come.</summary>
    [Alias("advance")]
    Task<ChallengeSnapshot> AdvanceAsync(ChallengeStatus to, string? note, Actor by);

    /// <summary>Chooses the winning bids (挂帅) of an evaluating challenge; the others are not awarded.</summary>
    [Alias("award")]
    Task<ChallengeSnapshot> AwardAsync(IReadOnlyList<EntityId> providers, string? note, Actor by);

    /// <summary>
    /// Takes or revises <paramref name="provider"/>'s bid while the challenge is open and before its deadline, after
    /// checking the provider's eligibility. The same <paramref name="operationId"/> again returns the bid as that
    /// operation left it, applying nothing twice.
    /// </summary>
    [Alias("submit-bid")]
    Task<BidSnapshot> SubmitBidAsync(EntityId provider, BidContent content, string operationId, Actor by);

    /// <summary>Withdraws the provider's bid before the deadline; withdrawing again is harmless.</summary>
    /// <summary>The 揭榜条件 the provider does not meet now (its entry must be listed), each as its own sentence; empty when it may bid.</summary>
    [Alias("check-eligibility"), ReadOnly]
    Task<IReadOnlyList<DomainError>> CheckEligibilityAsync(EntityId provider);

    [Alias("withdraw-bid")]
    Task<BidSnapshot> WithdrawBidAsync(EntityId provider, string operationId, Actor by);

    /// <summary>A bidder's question while questions are taken; the same <paramref name="operationId"/> again asks nothing new.</summary>
    [Alias("ask")]
    Task<ChallengeQuestion> AskAsync(EntityId provider, string question, string operationId, Actor by);

    /// <summary>The poster's answer, for every bidder to read; each bidder is told.</summary>
    [Alias("answer")]
    Task<ChallengeSnapshot> AnswerAsync(string questionId, string answer, Actor by);

    /// <summary>Sets the rubric (weights adding up to 100), the reviewers and blind mode, before evaluation starts.</summary>
    [Alias("set-evaluation")]
    Task<ChallengeSnapshot> SetEvaluationAsync(IReadOnlyList<RubricCriterion> rubric, IReadOnlyList<EntityId> reviewers, bool blind, Actor by);

    /// <summary>A reviewer declares a conflict of interest with a bidder and is recused from that bid (its scores no longer count).</summary>
    [Alias("declare-conflict")]
    Task<ChallengeSnapshot> DeclareConflictAsync(EntityId reviewer, EntityId provider, string? note, Actor by);

    /// <summary>A reviewer scores a bid on every criterion while the challenge is evaluated; scoring again replaces the review.</summary>
    [Alias("review")]
    Task<ChallengeSnapshot> ReviewAsync(BidReview review, Actor by);

    /// <summary>Plans the delivery milestones once bids are awarded.</summary>
    [Alias("plan-milestones")]
    Task<ChallengeSnapshot> PlanMilestonesAsync(IReadOnlyList<ChallengeMilestone> milestones, Actor by);

    /// <summary>An awarded provider reports on a milestone during delivery.</summary>
    [Alias("report-milestone")]
    Task<ChallengeSnapshot> ReportMilestoneAsync(EntityId provider, int milestone, string report, Actor by);

    [Alias("get"), AlwaysInterleave]
    Task<ChallengeSnapshot?> GetAsync();
}

/// <summary>One provider's bid on one challenge. Key <c>{tenant}/{challenge}/{provider}</c>. Only the challenge grain writes it.</summary>
[Alias("showcase.bid")]
public interface IBidGrain : IGrainWithStringKey
{
    /// <summary>
    /// Applies an operation once: the same <paramref name="operationId"/> again returns what it produced. A content
    /// of null withdraws.
    /// </summary>
    [Alias("apply")]
    Task<BidSnapshot> ApplyAsync(string operationId, BidContent? content, BidStatus status);

    /// <summary>
    /// Submits the provider's first bid on the challenge, which the challenge knows holds none of its bids: written
    /// without reading storage first. Should a bid be stored after all (a reply that was lost), the write is refused,
    /// and the bid is read and the operation applied as <see cref="ApplyAsync"/> would.
    /// </summary>
    [Alias("apply-first")]
    Task<BidSnapshot> ApplyFirstAsync(string operationId, BidContent content);

    /// <summary>The bid as it stands if <paramref name="operationId"/> was applied to it, else null.</summary>
    [Alias("applied"), AlwaysInterleave]
    Task<BidSnapshot?> AppliedAsync(string operationId);

    /// <summary>Sets the status only (renewal needed, awarded, not awarded).</summary>
    [Alias("mark")]
    Task<BidSnapshot?> MarkAsync(BidStatus status);

    [Alias("get"), AlwaysInterleave]
    Task<BidSnapshot?> GetAsync();
}

public static class ChallengeGrainFactoryExtensions
{
    public static IChallengeGrain GetChallenge(this IGrainFactory grains, ChallengeKey key) => grains.GetGrain<IChallengeGrain>(key.ToString());

    public static IChallengeBoardGrain GetChallengeBoard(this IGrainFactory grains, Tenancy.TenantId tenant) => grains.GetGrain<IChallengeBoardGrain>(tenant.Value);

    public static IProviderBidsGrain GetProviderBids(this IGrainFactory grains, Tenancy.TenantId tenant, EntityId provider) =>
        grains.GetGrain<IProviderBidsGrain>(new ProviderBidsKey(tenant, provider).ToString());

    public static IBidGrain GetBid(this IGrainFactory grains, ChallengeKey challenge, EntityId provider) =>
        grains.GetGrain<IBidGrain>(new BidKey(challenge, provider).ToString());
}

/// <summary>The challenges one provider has bid on. Key <c>{tenant}/{provider}</c>; read from the provider's bids as stored.</summary>
[Alias("showcase.provider-bids")]
public interface IProviderBidsGrain : IGrainWithStringKey
{
    [Alias("list"), ReadOnly]
    Task<IReadOnlyList<EntityId>> ListAsync();
}
