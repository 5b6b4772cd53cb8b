using Showcase.Notifications;
using Showcase.Audit;
using Showcase.Challenges;
using Showcase.Common;
using Showcase.Grains.Rules;
using Showcase.Listings;
using Showcase.People;
using Showcase.Tenancy;

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
            throw new DomainException(ErrorCodes.InvalidTransition, Sentence.Of("MilestonesOnlyAfterAward", ChallengeLabels.Status(current.Status)));
        }

        // Reports already made stay with their milestone (matched by title).
        var planned = milestones.Select(m => new ChallengeMilestone(m.Title.Trim(), m.Due))
            .Select(m => current.Milestones.FirstOrDefault(old => old.Title == m.Title) is { Report: not null } old ? m with { Report = old.Report, ReportedAt = old.ReportedAt } : m)
            .OrderBy(m => m.Due)
            .ToArray();
        DomainException.ThrowIfAny(new RuleErrors()
            .Required(planned, "milestones", "里程碑")
            .MaxCount(planned, MilestonesMax, "milestones", "里程碑")
            .Check(planned.All(m => m.Title.Length is > 0 and <= 60), ErrorCodes.InvalidValue, Sentence.Of("MilestoneNeedsName"), "milestones")
            .Check(current.Content.DeliveryDue is not { } due || planned.All(m => m.Due <= DateOnly.FromDateTime(due.UtcDateTime)), ErrorCodes.InvalidValue,
                Sentence.Of("MilestoneAfterDelivery", current.Content.DeliveryDue is { } delivery ? ChinaTime.Date(delivery) : ""), "milestones"));
        return await SaveAsync(Changed(current with { Milestones = planned }, by, "安排里程碑", string.Join("、", planned.Select(m => m.Title))));
    });

    public Task<ChallengeSnapshot> ReportMilestoneAsync(EntityId provider, int milestone, string report, Actor by) => InTurnAsync(async () =>
    {
        var current = Existing();
        if (current.Status != ChallengeStatus.Delivering)
        {
            throw new DomainException(ErrorCodes.InvalidTransition, Sentence.Of("MilestonesOnlyWhileDelivering", ChallengeLabels.Status(current.Status)));
        }

        if (_bids.GetValueOrDefault(provider.Value) is not { Status: BidStatus.Awarded })
        {
            throw new DomainException(ErrorCodes.Forbidden, Sentence.Of("OnlyWinnersReport"), "provider");
        }

        if (milestone < 0 || milestone >= current.Milestones.Count)
        {
            throw new DomainException(ErrorCodes.NotFound, Sentence.Of("NoSuchMilestone", milestone + 1), "milestone");
        }

        var text = RequiredText(report, ReportMax, "report", "进展报告");
        var reported = current.Milestones[milestone] with { Report = text, ReportedAt = clock.GetUtcNow() };
        return await SaveAsync(Changed(current with { Milestones = current.Milestones.Select((m, i) => i == milestone ? reported : m).ToArray() }, by,
            "报告里程碑", reported.Title));
    });

    /// <summary>
    /// On acceptance (验收), a draft case per winning bid for the provider to complete and publish
    /// (<see cref="AcceptedCase"/>), owned by the provider, linked to it and to the poster's factory, and a notice to the
    /// winner that links it. Ids are fixed, so doing it again is harmless.
    /// </summary>
    private async Task DraftCasesAsync(State accepted, Actor by)
    {
        var (poster, factory) = await PosterAsync(accepted.Owner);
        foreach (var winner in _bids.Values.Where(b => b.Status == BidStatus.Awarded))
        {
            var key = new CatalogKey(Key.Tenant, ChallengeSnapshot.CaseIdOf(Key.Id, winner.Provider));
            if (await GrainFactory.GetCase(key).GetAsync() is not null)
            {
                continue;
            }

            var provider = await GrainFactory.GetProvider(new CatalogKey(Key.Tenant, winner.Provider)).GetAsync();
            var content = AcceptedCase.Draft(new AcceptedCase.Facts(accepted.Content, accepted.Milestones, accepted.StatusNote, poster, factory,
                winner.Provider, provider, await GrainFactory.GetBid(Key, winner.Provider).GetAsync(), ChinaTime.At(clock.GetUtcNow()).Year));
            await GrainFactory.GetCase(key).CreateDraftAsync(content, provider?.Owner ?? Owner.Nobody, by);
            await TellBiddersAsync([winner.Provider], Notice.Of("DeliveryAccepted", accepted.Content.Title), PortalPaths.Of(Key.Tenant).Cases.Item(key.Id));
        }
    }

    /// <summary>The posting organisation's name and its demonstration factory here, when it has them.</summary>
    private async Task<(string? Name, EntityId? Factory)> PosterAsync(Owner owner)
    {
        if (owner.Organisation is not { } organisation)
        {
            return (null, null);
        }

        var name = (await GrainFactory.GetOrganisation(new OrganisationKey(Key.Tenant, organisation)).GetAsync())?.Profile.Name;
        await foreach (var factory in GrainFactory.GetCatalogDirectory(Key.Tenant, CatalogKind.Factory).AllAsync(new CatalogQuery { VisibleTo = null }))
        {
            if (factory.Owner.Organisation == organisation)
            {
                return (name, factory.Id);
            }
        }

        return (name, null);
    }
}
