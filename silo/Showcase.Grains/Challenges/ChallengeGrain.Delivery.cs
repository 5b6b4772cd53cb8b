using Showcase.Audit;
using Showcase.Cases;
using Showcase.Challenges;
using Showcase.Common;
using Showcase.Grains.Rules;
using Showcase.Listings;

namespace Showcase.Grains.Challenges;

internal sealed partial class ChallengeGrain
{
    public const int MilestonesMax = 20;
    public const int ReportMax = 5000;

    public Task<ChallengeSnapshot> PlanMilestonesAsync(IReadOnlyList<ChallengeMilestone> milestones, Actor by) => InTurnAsync(async () =>
    {
        var current = Existing();
        if (current.Status is not (ChallengeStatus.Awarded or ChallengeStatus.Delivering))
        {
            throw new DomainException(ErrorCodes.InvalidTransition, $"榜单{ChallengeLabels.Status(current.Status)}，挂帅后才能安排实施里程碑。");
        }

        // Reports already made stay with their milestone (matched by title).
        var planned = milestones.Select(m => new ChallengeMilestone(m.Title.Trim(), m.Due))
            .Select(m => current.Milestones.FirstOrDefault(old => old.Title == m.Title) is { Report: not null } old ? m with { Report = old.Report, ReportedAt = old.ReportedAt } : m)
            .OrderBy(m => m.Due)
            .ToArray();
        DomainException.ThrowIfAny(new RuleErrors()
            .Required(planned, "milestones", "里程碑")
            .MaxCount(planned, MilestonesMax, "milestones", "里程碑")
            .Check(planned.All(m => m.Title.Length is > 0 and <= 60), ErrorCodes.InvalidValue, "每个里程碑都需要名称（不超过 60 个字）。", "milestones")
            .Check(current.Content.DeliveryDue is not { } due || planned.All(m => m.Due <= DateOnly.FromDateTime(due.UtcDateTime)), ErrorCodes.InvalidValue,
                $"里程碑不能晚于交付截止日（{(current.Content.DeliveryDue is { } delivery ? ChinaTime.Date(delivery) : "")}）。", "milestones"));
        return await SaveAsync(Changed(current with { Milestones = planned }, by, "安排里程碑", string.Join("、", planned.Select(m => m.Title))));
    });

    public Task<ChallengeSnapshot> ReportMilestoneAsync(EntityId provider, int milestone, string report, Actor by) => InTurnAsync(async () =>
    {
        var current = Existing();
        if (current.Status != ChallengeStatus.Delivering)
        {
            throw new DomainException(ErrorCodes.InvalidTransition, $"榜单{ChallengeLabels.Status(current.Status)}，实施期间才能报告里程碑。");
        }

        if (current.Bids.GetValueOrDefault(provider.Value) is not { Status: BidStatus.Awarded })
        {
            throw new DomainException(ErrorCodes.Forbidden, "只有中榜单位可以报告实施进展。", "provider");
        }

        if (milestone < 0 || milestone >= current.Milestones.Count)
        {
            throw new DomainException(ErrorCodes.NotFound, $"没有第 {milestone + 1} 个里程碑。", "milestone");
        }

        var text = RequiredText(report, ReportMax, "report", "进展报告");
        var reported = current.Milestones[milestone] with { Report = text, ReportedAt = clock.GetUtcNow() };
        return await SaveAsync(Changed(current with { Milestones = current.Milestones.Select((m, i) => i == milestone ? reported : m).ToArray() }, by,
            "报告里程碑", reported.Title));
    });

    /// <summary>The id of the case a winning bid becomes: readable when it fits, a digest of the two ids when not.</summary>
    public EntityId CaseIdFor(EntityId provider) => EntityId.Joined(Key.Id, provider, "case");

    /// <summary>
    /// On acceptance (验收), a draft case per winning bid, for the provider to complete and publish: the challenge's
    /// title, goals and indicators, the bid's proposal, linked to the provider. Ids are fixed, so doing it again is harmless.
    /// </summary>
    private async Task DraftCasesAsync(State accepted, Actor by)
    {
        foreach (var winner in accepted.Bids.Values.Where(b => b.Status == BidStatus.Awarded))
        {
            var bid = await GrainFactory.GetBid(Key, winner.Provider).GetAsync();
            var provider = await GrainFactory.GetProvider(new CatalogKey(Key.Tenant, winner.Provider)).GetAsync();
            var c = accepted.Content;
            var content = new CaseContent
            {
                Title = c.Title,
                Summary = c.Goals,
                Body = string.Join("\n\n",
                    "## 需求背景", c.Background ?? "（待补充）",
                    "## 考核指标", string.Join("\n", c.Indicators.Select(i => $"- {i.Name}：目标 {i.Target}{i.Unit}")),
                    "## 实施方案", bid?.Content.Proposal ?? "（待补充）",
                    "## 验收结论", accepted.StatusNote ?? "（待补充）"),
                Organisation = provider?.Profile.Name,
                Province = provider?.Profile.Province,
                Industries = c.Industry is null ? [] : [c.Industry],
                Domains = c.Domain is null ? [] : [c.Domain],
                Scenes = c.Scenes,
                Year = clock.GetUtcNow().Year,
                Links = CaseLinks.None with { Providers = [winner.Provider] },
            };
            var key = new CatalogKey(Key.Tenant, CaseIdFor(winner.Provider));
            if (await GrainFactory.GetCase(key).GetAsync() is null)
            {
                await GrainFactory.GetCase(key).CreateDraftAsync(content, provider?.Owner ?? Owner.Nobody, by);
            }
        }
    }
}
