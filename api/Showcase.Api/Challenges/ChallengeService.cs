using Showcase.Api.People;
using Showcase.Api.Tenancy;
using Showcase.Catalog.Matching;
using Showcase.Challenges;
using Showcase.Common;
using Showcase.Listings;
using Showcase.People;

namespace Showcase.Api.Challenges;

/// <summary>
/// 揭榜挂帅 for the current portal, and who may do what: organisers (curators, tenant admins) post challenges, and so
/// do enterprise members where the portal allows it; a challenge's poster and curators manage it; members of a
/// provider bid for it where the portal allows bidding. Everyone sees open challenges; drafts exist only for their
/// posters and curators; a bid's content only for its bidder and the challenge's managers.
/// </summary>
public sealed class ChallengeService(IGrainFactory grains, RequestTenant tenant, CurrentUser current, ChallengeMatching matching)
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

    public bool CanManage(ChallengeSnapshot challenge) => current.IsCurator || (current.IsSignedIn && challenge.Owner.IncludesViewer(current.AsOwner));

    public Task<ChallengeSnapshot> CreateAsync(ChallengeContent content, string? id)
    {
        if (!CanPost)
        {
            throw current.IsSignedIn ? CurrentUser.Forbidden("发布榜单") : new DomainException(ErrorCodes.Unauthenticated, "请先登录。");
        }

        var entityId = string.IsNullOrWhiteSpace(id) ? EntityId.New() : EntityId.Parse(id.Trim());
        return Challenge(entityId).CreateAsync(content, current.AsOwner, current.AsActor);
    }

    public async Task<ChallengeSnapshot> EditAsync(string id, ChallengeContent content, int expectedVersion) =>
        await (await ManagedAsync(id, "修改这个榜单")).EditAsync(content, expectedVersion, current.AsActor);

    /// <summary>Opens the challenge for bids and tells the best-matching providers.</summary>
    public async Task<ChallengeSnapshot> OpenAsync(string id)
    {
        var grain = await ManagedAsync(id, "发榜");
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
        return await Challenge(challenge.Key.Id).SubmitBidAsync(provider, content, OperationId(operationId), current.AsActor);
    }

    public async Task<BidSnapshot> WithdrawBidAsync(string id, EntityId provider, string operationId)
    {
        var challenge = await BiddingAsync(id, provider);
        return await Challenge(challenge.Key.Id).WithdrawBidAsync(provider, OperationId(operationId), current.AsActor);
    }

    /// <summary>A bid, for its bidder and the challenge's managers; for anyone else it does not exist.</summary>
    public async Task<BidSnapshot?> FindBidAsync(ChallengeSnapshot challenge, EntityId provider) =>
        CanManage(challenge) || await IsProviderMemberAsync(provider) ? await grains.GetBid(challenge.Key, provider).GetAsync() : null;

    /// <summary>The providers the current person may bid for (those of their organisation), for the bid form.</summary>
    public async Task<IReadOnlyList<CatalogEntry>> MyProvidersAsync()
    {
        if (!current.IsSignedIn || current.IsCurator)
        {
            return [];
        }

        var mine = new List<CatalogEntry>();
        var query = new CatalogQuery { VisibleTo = current.AsOwner, Take = 100 };
        CatalogPage page;
        do
        {
            page = await grains.GetCatalogDirectory(tenant.Id, CatalogKind.Provider).ListAsync(query);
            mine.AddRange(page.Items.Where(e => e.Owner.IncludesViewer(current.AsOwner)));
            query = query with { After = page.EndCursor };
        }
        while (page.HasNextPage);
        return mine;
    }

    /// <summary>The providers that fit a challenge best, explained; for its managers.</summary>
    public async Task<IReadOnlyList<ProviderMatch>> MatchesAsync(string id, int take)
    {
        await ManagedAsync(id, "查看匹配的供应商");
        var challenge = (await FindAsync(id))!;
        return await matching.RankAsync(tenant.Id, challenge.Content, Math.Clamp(take, 1, 50));
    }

    private async Task<IChallengeGrain> ManagedAsync(string id, string what)
    {
        current.RequireSignedIn();
        var challenge = await FindAsync(id) ?? throw NotFound(id);
        return CanManage(challenge) ? Challenge(challenge.Key.Id) : throw CurrentUser.Forbidden(what);
    }

    private async Task<ChallengeSnapshot> BiddingAsync(string id, EntityId provider)
    {
        current.RequireSignedIn();
        if (!tenant.Current.Profile.EnabledFeatures.ProviderBidding)
        {
            throw new DomainException(ErrorCodes.Forbidden, "本门户没有开放揭榜。");
        }

        var challenge = await FindAsync(id) ?? throw NotFound(id);
        return await IsProviderMemberAsync(provider) ? challenge : throw CurrentUser.Forbidden("代表这家供应商揭榜");
    }

    /// <summary>Whether the current person belongs to the provider (its owning organisation or account).</summary>
    private async Task<bool> IsProviderMemberAsync(EntityId provider) =>
        current.IsSignedIn && await grains.GetProvider(new CatalogKey(tenant.Id, provider)).GetAsync() is { } snapshot && snapshot.Owner.IncludesViewer(current.AsOwner);

    /// <summary>Operation ids are the client's; they are scoped to the person so two people cannot collide.</summary>
    private string OperationId(string operationId)
    {
        var trimmed = operationId.Trim();
        if (trimmed.Length is 0 or > 100)
        {
            throw new DomainException(ErrorCodes.InvalidValue, "operationId 应为 1 到 100 个字符，同一次提交重试时保持不变。", "operationId");
        }

        return $"{current.AsActor.Id}:{trimmed}";
    }

    private static DomainException NotFound(string id) => new(ErrorCodes.NotFound, $"找不到编号为“{id}”的榜单。", "id");

    private IChallengeGrain Challenge(EntityId id) => grains.GetChallenge(new ChallengeKey(tenant.Id, id));
}
