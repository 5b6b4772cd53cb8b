using Microsoft.Extensions.Localization;
using Showcase.Api.Files;
using Showcase.Api.Listings;
using Showcase.Api.People;
using Showcase.Api.Tenancy;
using Showcase.Catalog.Matching;
using Showcase.Challenges;
using Showcase.Common;
using Showcase.Listings;
using Showcase.People;
using Showcase.Tenancy;

namespace Showcase.Api.Challenges;

/// <summary>
/// 揭榜挂帅 for the current portal, and who may do what: organisers (curators, tenant admins) post challenges, and so
/// do enterprise members where the portal allows it; a challenge's poster and curators manage it; members of a
/// provider bid for it where the portal allows bidding. Everyone sees open challenges; drafts exist only for their
/// posters and curators; a bid's content only for its bidder and the challenge's managers.
/// </summary>
public sealed class ChallengeService(
    IGrainFactory grains, RequestTenant tenant, CurrentUser current, CatalogAccess access, ChallengeMatching matching, OrganisationStanding standing,
    IFileStore files, IStringLocalizer<BidStanding> texts)
{
    /// <summary>Whether the current person may post a challenge (for pages to show the button).</summary>
    public bool CanPost => current.IsCurator || (current.Has(Role.EnterpriseMember) && tenant.Current.Profile.EnabledFeatures.EnterpriseTasks);

    public Task<Page<ChallengeSummary>> BoardAsync(ChallengeBoardQuery query) =>
        grains.GetChallengeBoard(tenant.Id).ListAsync(query with { VisibleTo = current.IsCurator ? null : current.AsOwner });

    /// <summary>The challenge if it exists here and the current person may see it; otherwise null.</summary>
    public async Task<ChallengeSnapshot?> FindAsync(string id) =>
        EntityId.TryParse(id, out var entityId) && await Challenge(entityId).GetAsync() is { } challenge && (challenge.Status != ChallengeStatus.Draft || CanManage(challenge))
            ? challenge
            : null;

    public bool CanManage(ChallengeSnapshot challenge) => current.IsCurator || access.IsOwner(challenge.Owner);

    public Task<ChallengeSnapshot> CreateAsync(ChallengeContent content, string? id)
    {
        if (!CanPost)
        {
            throw current.IsSignedIn ? CurrentUser.Forbidden("发布榜单") : new DomainException(ErrorCodes.Unauthenticated, Sentence.Of("SignInFirst"));
        }

        return Challenge(CatalogAccess.NewOrParse(id)).CreateAsync(content, current.AsOwner, current.AsActor);
    }

    /// <summary>What saving this content as a new draft would be refused for, without saving it.</summary>
    public Task<IReadOnlyList<DomainError>> CheckDraftAsync(ChallengeContent content) => grains.GetGrain<ICatalogRulesGrain>(0).CheckChallengeAsync(content);

    /// <summary>What submitting this bid content would be refused for, without submitting it.</summary>
    public Task<IReadOnlyList<DomainError>> CheckBidAsync(BidContent content) => grains.GetGrain<ICatalogRulesGrain>(0).CheckBidAsync(content);

    public async Task<ChallengeSnapshot> EditAsync(string id, ChallengeContent content, int expectedVersion) =>
        await (await ManagedAsync(id, "修改这个榜单")).EditAsync(content, expectedVersion, current.AsActor);

    /// <summary>Opens the challenge for bids and tells the best-matching providers.</summary>
    /// <summary>Deletes a draft that was never opened (its poster or a curator); an opened challenge is cancelled instead.</summary>
    public async Task DeleteDraftAsync(string id) => await (await ManagedAsync(id, "删除这个榜单草稿")).DeleteDraftAsync(current.AsActor);

    public async Task<ChallengeSnapshot> OpenAsync(string id)
    {
        var grain = await ManagedAsync(id, "发榜");
        await standing.RequireVerifiedAsync("发榜");
        var before = (await grain.GetAsync())!;
        var opened = await grain.OpenAsync(current.AsActor);
        if (before.Status != ChallengeStatus.Open)
        {
            await matching.TellMatchingProvidersAsync(tenant.Id, opened);
        }

        return opened;
    }

    public async Task<ChallengeSnapshot> AdvanceAsync(string id, ChallengeStatus to, string? note) =>
        await (await ManagedAsync(id, "变更榜单状态")).AdvanceAsync(to, note, current.AsActor);

    public async Task<ChallengeSnapshot> AwardAsync(string id, IReadOnlyList<EntityId> providers, string? note) =>
        await (await ManagedAsync(id, "确定中榜方案")).AwardAsync(providers, note, current.AsActor);

    public async Task<BidSnapshot> SubmitBidAsync(string id, EntityId provider, BidContent content, string operationId)
    {
        var challenge = await BiddingAsync(id, provider);
        var documents = await Attachments.ResolveAsync(files, tenant.Id, BidFiles.OwnerOf(challenge.Key.Id, provider), content.Files, "files", CancellationToken.None);
        return await Challenge(challenge.Key.Id).SubmitBidAsync(provider, content with { Files = documents }, current.OperationId(operationId), current.AsActor);
    }

    public async Task<BidSnapshot> WithdrawBidAsync(string id, EntityId provider, string operationId)
    {
        var challenge = await BiddingAsync(id, provider);
        return await Challenge(challenge.Key.Id).WithdrawBidAsync(provider, current.OperationId(operationId), current.AsActor);
    }

    /// <summary>A bidder's question, asked for one of the asker's providers.</summary>
    public async Task<ChallengeQuestion> AskAsync(string id, EntityId provider, string question, string operationId)
    {
        var challenge = await BiddingAsync(id, provider);
        return await Challenge(challenge.Key.Id).AskAsync(provider, question, current.OperationId(operationId), current.AsActor);
    }

    public async Task<ChallengeSnapshot> AnswerAsync(string id, string questionId, string answer) =>
        await (await ManagedAsync(id, "答复问题")).AnswerAsync(questionId, answer, current.AsActor);

    /// <summary>The portal's experts the challenge's managers may choose as its reviewers.</summary>
    public Task<IReadOnlyList<AccountSummary>> ExpertsAsync(ChallengeSnapshot challenge) =>
        CanManage(challenge) ? ReviewerPool.ListAsync(grains, tenant.Id) : Task.FromResult<IReadOnlyList<AccountSummary>>([]);

    public async Task<ChallengeSnapshot> SetEvaluationAsync(string id, IReadOnlyList<RubricCriterion> rubric, IReadOnlyList<EntityId> reviewers, bool blind) =>
        await (await ManagedAsync(id, "设置评审")).SetEvaluationAsync(rubric, reviewers, blind, current.AsActor);

    /// <summary>The signed-in reviewer declares a conflict with a bidder (and is recused from that bid).</summary>
    public async Task<ChallengeSnapshot> DeclareConflictAsync(string id, string bidder, string? note)
    {
        var (challenge, reviewer) = await ReviewingAsync(id);
        return await Challenge(challenge.Key.Id).DeclareConflictAsync(reviewer, BidderOf(challenge, bidder), note, current.AsActor);
    }

    /// <summary>The signed-in reviewer scores a bid, named as the reviewer sees it (a letter in blind mode).</summary>
    public async Task<ChallengeSnapshot> ReviewAsync(string id, string bidder, IReadOnlyList<int> scores, string? comment)
    {
        var (challenge, reviewer) = await ReviewingAsync(id);
        return await Challenge(challenge.Key.Id).ReviewAsync(new BidReview(reviewer, BidderOf(challenge, bidder), scores, comment, default), current.AsActor);
    }

    /// <summary>The provider behind a bid as a reviewer names it: a letter in blind mode, the provider's id otherwise.</summary>
    private static EntityId BidderOf(ChallengeSnapshot challenge, string bidder) =>
        (challenge.Evaluation.Blind ? BlindNames.Provider(challenge, bidder.Trim()) : EntityId.TryParse(bidder.Trim(), out var parsed) ? parsed : null)
        ?? throw new DomainException(ErrorCodes.NotFound, Sentence.Of("NoSuchBid", bidder), "bidder");

    /// <summary>
    /// The evaluation for the challenge's managers (everything, names shown) and reviewers (the rubric, the bids to
    /// score — lettered in blind mode — their own scores and the ranking); null for anyone else.
    /// </summary>
    public async Task<EvaluationView?> EvaluationAsync(ChallengeSnapshot challenge)
    {
        var manager = CanManage(challenge);
        if (!manager && !IsReviewer(challenge))
        {
            return null;
        }

        var evaluation = challenge.Evaluation;
        var blindToMe = evaluation.Blind && !manager;
        var lettered = BlindNames.Of(challenge);
        var letters = lettered.ToDictionary(l => l.Provider, l => l.Name);
        var names = await BidderNamesAsync(challenge);
        string Key(EntityId provider) => blindToMe ? letters.GetValueOrDefault(provider, "?") : provider.Value;
        string Name(EntityId provider) => blindToMe ? Key(provider) : names.GetValueOrDefault(provider, provider.Value);
        var me = current.User?.Account.Login;
        var bids = new List<ReviewedBid>();
        foreach (var (provider, _) in lettered)
        {
            if (await grains.GetBid(challenge.Key, provider).GetAsync() is { } bid)
            {
                var mine = evaluation.Reviews.FirstOrDefault(r => r.Reviewer == me && r.Provider == provider);
                bids.Add(new ReviewedBid(Key(provider), Name(provider), bid, mine?.Scores, mine?.Comment, me is { } reviewer && evaluation.IsRecused(reviewer, provider)));
            }
        }

        var ranking = evaluation.Ranking().Select(r => new RankedBid(Key(r.Provider), Name(r.Provider), r.Total, r.CriterionAverages, r.Reviews)).ToArray();
        return new EvaluationView(evaluation.Rubric, evaluation.Blind, manager ? evaluation.Reviewers : null, ranking, bids);
    }

    /// <summary>The names people read for the providers that bid on or asked about a challenge, by provider id.</summary>
    public async Task<IReadOnlyDictionary<EntityId, string>> BidderNamesAsync(ChallengeSnapshot challenge)
    {
        var providers = challenge.Bids.Select(b => b.Provider).Concat(challenge.Questions.Select(q => q.Provider)).Distinct();
        var names = await Task.WhenAll(providers.Select(async provider => (provider, name: await ProviderNameAsync(provider))));
        return names.ToDictionary(n => n.provider, n => n.name);
    }

    /// <summary>A provider's name as its directory entry gives it (its id only when the entry is gone).</summary>
    public async Task<string> ProviderNameAsync(EntityId provider) =>
        (await grains.GetProvider(new CatalogKey(tenant.Id, provider)).GetEntryAsync())?.Title ?? provider.Value;

    public async Task<ChallengeSnapshot> PlanMilestonesAsync(string id, IReadOnlyList<ChallengeMilestone> milestones) =>
        await (await ManagedAsync(id, "安排里程碑")).PlanMilestonesAsync(milestones, current.AsActor);

    /// <summary>A winning provider's member reports on a milestone.</summary>
    public async Task<ChallengeSnapshot> ReportMilestoneAsync(string id, EntityId provider, int milestone, string report)
    {
        current.RequireSignedIn();
        var challenge = await FindAsync(id) ?? throw NotFound(id);
        return await IsProviderMemberAsync(provider)
            ? await Challenge(challenge.Key.Id).ReportMilestoneAsync(provider, milestone, report, current.AsActor)
            : throw CurrentUser.Forbidden("代表这家供应商报告进展");
    }

    /// <summary>Whether the current person is one of the challenge's reviewers.</summary>
    public bool IsReviewer(ChallengeSnapshot challenge) =>
        current.User is { } user && current.Has(Role.Reviewer) && challenge.Evaluation.Reviewers.Contains(user.Account.Login);

    /// <summary>Who may see the evaluation: the challenge's managers and its reviewers.</summary>
    public bool CanSeeEvaluation(ChallengeSnapshot challenge) => CanManage(challenge) || IsReviewer(challenge);

    /// <summary>
    /// What a bidder learns once the bids are awarded: each criterion's average and the reviewers' comments, without
    /// their names; for that provider's members only.
    /// </summary>
    public async Task<EvaluationFeedback?> FeedbackAsync(ChallengeSnapshot challenge, EntityId provider)
    {
        if (challenge.Status is not (ChallengeStatus.Awarded or ChallengeStatus.Delivering or ChallengeStatus.Accepted or ChallengeStatus.Failed)
            || !await IsProviderMemberAsync(provider))
        {
            return null;
        }

        return challenge.Evaluation.FeedbackFor(provider);
    }

    /// <summary>A bid, for its bidder and the challenge's managers; for anyone else it does not exist.</summary>
    public async Task<BidSnapshot?> FindBidAsync(ChallengeSnapshot challenge, EntityId provider) =>
        await MayReadBidAsync(challenge, provider) ? await grains.GetBid(challenge.Key, provider).GetAsync() : null;

    /// <summary>Whether the current person may read <paramref name="provider"/>'s bid: its bidder and the challenge's managers.</summary>
    public async Task<bool> MayReadBidAsync(ChallengeSnapshot challenge, EntityId provider) => CanManage(challenge) || await IsProviderMemberAsync(provider);

    /// <summary>The providers the current person may bid for (those of their organisation), for the bid form.</summary>
    public async Task<IReadOnlyList<CatalogEntry>> MyProvidersAsync()
    {
        if (!current.IsSignedIn || current.IsCurator)
        {
            return [];
        }

        var mine = new List<CatalogEntry>();
        await foreach (var entry in grains.GetCatalogDirectory(tenant.Id, CatalogKind.Provider).AllAsync(new CatalogQuery { VisibleTo = current.AsOwner }))
        {
            if (access.IsOwner(entry.Owner))
            {
                mine.Add(entry);
            }
        }

        return mine;
    }

    /// <summary>
    /// What the challenge page offers the current person: the providers they may bid for, or the exact reason why not
    /// (not signed in, not a provider, organisation not verified, no listed provider entry, or the 揭榜条件 that fail) with
    /// the page to go to next. Nothing for a challenge that takes no bids, or for its managers.
    /// </summary>
    public async Task<BidStanding> BidStandingAsync(ChallengeSnapshot challenge)
    {
        var portal = PortalPaths.Of(tenant.Id);
        if (challenge.Status != ChallengeStatus.Open || CanManage(challenge))
        {
            return BidStanding.Nothing;
        }

        if (!tenant.Current.Profile.EnabledFeatures.ProviderBidding)
        {
            return BidStanding.Refused(texts["NotOpen"]);
        }

        if (!current.IsSignedIn)
        {
            return BidStanding.Refused(texts["SignIn"], portal.Login(portal.Challenges.Item(challenge.Key.Id)), texts["SignInLink"]);
        }

        if (await standing.HoldBackAsync("揭榜") is { } held)
        {
            return BidStanding.Refused(held, portal.MyOrganisation, texts["MyOrganisation"]);
        }

        if (!current.Has(Role.ProviderMember))
        {
            return BidStanding.Refused(texts["ProvidersOnly"], portal.SignUp, texts["SignUp"]);
        }

        var mine = await MyProvidersAsync();
        if (mine.Count == 0)
        {
            return BidStanding.Refused(texts["NoProfile"], portal.Providers.New, texts["RegisterProfile"]);
        }

        var listed = mine.Where(p => p.Status == StatusCode.Of(Showcase.Providers.ProviderStatus.Listed)).ToArray();
        if (listed.Length == 0)
        {
            return BidStanding.Refused(texts["NotListed", mine[0].Title], portal.Providers.Item(mine[0].Id), texts["SeeProfile"]);
        }

        var eligible = new List<CatalogEntry>();
        IReadOnlyList<DomainError> unmet = [];
        foreach (var provider in listed)
        {
            var problems = await Challenge(challenge.Key.Id).CheckEligibilityAsync(provider.Id);
            if (problems.Count == 0)
            {
                eligible.Add(provider);
            }
            else if (unmet.Count == 0)
            {
                unmet = problems;
            }
        }

        return eligible.Count > 0
            ? new BidStanding(eligible, null, null, null, [])
            : new BidStanding([], texts["NotEligible", listed[0].Title], portal.Providers.Item(listed[0].Id), texts["CompleteProfile"], [.. unmet.Select(e => e.Message)]);
    }

    /// <summary>"My bids": the challenges a provider has bid on, newest first, each with the bid; for that provider's members.</summary>
    public async Task<IReadOnlyList<ProviderBid>> BidsOfAsync(EntityId provider)
    {
        current.RequireSignedIn();
        if (!await IsProviderMemberAsync(provider))
        {
            throw CurrentUser.Forbidden("查看这家供应商的揭榜");
        }

        var bids = new List<ProviderBid>();
        foreach (var id in await grains.GetProviderBids(tenant.Id, provider).ListAsync())
        {
            if (await Challenge(id).GetAsync() is { } challenge && await grains.GetBid(challenge.Key, provider).GetAsync() is { } bid)
            {
                bids.Add(new ProviderBid(challenge, bid));
            }
        }

        return bids;
    }

    /// <summary>Open challenges a provider fits best, with why; for that provider's members.</summary>
    public async Task<IReadOnlyList<(ChallengeSnapshot Challenge, ProviderMatch Match)>> RecommendedForAsync(EntityId provider, int take)
    {
        current.RequireSignedIn();
        return await IsProviderMemberAsync(provider)
            ? await matching.RecommendAsync(tenant.Id, provider, Math.Clamp(take, 1, 50))
            : throw CurrentUser.Forbidden("查看为这家供应商推荐的榜单");
    }

    /// <summary>The providers that fit a challenge best, explained; for its managers.</summary>
    public async Task<IReadOnlyList<ProviderMatch>> MatchesAsync(string id, int take)
    {
        var challenge = (await (await ManagedAsync(id, "查看匹配的供应商")).GetAsync())!;
        return await matching.RankAsync(tenant.Id, challenge.Content, Math.Clamp(take, 1, 50));
    }

    private async Task<IChallengeGrain> ManagedAsync(string id, string what)
    {
        current.RequireSignedIn();
        var challenge = await FindAsync(id) ?? throw NotFound(id);
        return CanManage(challenge) ? Challenge(challenge.Key.Id) : throw CurrentUser.Forbidden(what);
    }

    private async Task<(ChallengeSnapshot Challenge, EntityId Reviewer)> ReviewingAsync(string id)
    {
        var user = current.RequireAny("评审榜单", Role.Reviewer);
        var challenge = await FindAsync(id) ?? throw NotFound(id);
        return (challenge, user.Account.Login);
    }

    /// <summary>The challenge, when the current person may bid on it for <paramref name="provider"/>; refused with the reason otherwise.</summary>
    public async Task<ChallengeSnapshot> BiddingAsync(string id, EntityId provider)
    {
        current.RequireSignedIn();
        if (!tenant.Current.Profile.EnabledFeatures.ProviderBidding)
        {
            throw new DomainException(ErrorCodes.Forbidden, Sentence.Of("NoChallengesHere"));
        }

        var challenge = await FindAsync(id) ?? throw NotFound(id);
        await standing.RequireVerifiedAsync("揭榜");
        return await IsProviderMemberAsync(provider) ? challenge : throw CurrentUser.Forbidden("代表这家供应商揭榜");
    }

    /// <summary>Whether the current person belongs to the provider (its owning organisation or account).</summary>
    private async Task<bool> IsProviderMemberAsync(EntityId provider) =>
        current.IsSignedIn && await grains.GetProvider(access.Key(provider)).GetAsync() is { } snapshot && access.IsOwner(snapshot.Owner);

    private static DomainException NotFound(string id) => new(ErrorCodes.NotFound, Sentence.Of("NoSuchChallenge", id), "id");

    private IChallengeGrain Challenge(EntityId id) => grains.GetChallenge(new ChallengeKey(tenant.Id, id));
}
