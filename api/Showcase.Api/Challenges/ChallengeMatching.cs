using System.Globalization;
using Showcase.Api.Mail;
using Showcase.Catalog.Matching;
using Showcase.Challenges;
using Showcase.Common;
using Showcase.Listings;
using Showcase.Notifications;
using Showcase.Tenancy;

namespace Showcase.Api.Challenges;

/// <summary>
/// Matching against a portal's listed providers and published cases, read from the catalog directories. When a
/// challenge opens, the providers that fit it best are told in their inbox (and by e-mail through
/// <see cref="IEmailSender"/>, which only logs unless a real one is configured).
/// </summary>
public sealed class ChallengeMatching(IGrainFactory grains, MatchRosters rosters, IEmailSender email, TimeProvider clock)
{
    /// <summary>How many providers are told of a new challenge, and how well they must fit (0–100).</summary>
    public const int Told = 20;
    public const double ToldFrom = 50;

    public async Task<IReadOnlyList<ProviderMatch>> RankAsync(TenantId tenant, ChallengeContent challenge, int take) =>
        (await rosters.ForAsync(tenant)).Rank(Target(challenge), take);

    /// <summary>For a provider, the open challenges it fits best (the same scoring, the other way round), best first.</summary>
    public async Task<IReadOnlyList<(ChallengeSnapshot Challenge, ProviderMatch Match)>> RecommendAsync(TenantId tenant, EntityId provider, int take)
    {
        var entry = await grains.GetProvider(new CatalogKey(tenant, provider)).GetEntryAsync();
        if (entry is not { IsPublic: true })
        {
            return [];
        }

        var cases = new List<MatchCase>();
        await foreach (var c in Public(tenant, CatalogKind.Case))
        {
            if (c.Links.Contains(provider))
            {
                cases.Add(MatchRosters.CaseOf(c, [provider.Value]));
            }
        }

        var matcher = new ProviderMatcher([MatchRosters.ProviderOf(entry)], cases);
        var recommended = new List<(ChallengeSnapshot, ProviderMatch)>();
        var open = await grains.GetChallengeBoard(tenant).ListAsync(new ChallengeBoardQuery([ChallengeStatus.Open], Take: Page<ChallengeSummary>.MaxTake));
        foreach (var summary in open.Items)
        {
            if (await grains.GetChallenge(new ChallengeKey(tenant, summary.Id)).GetAsync() is { } challenge
                && matcher.Rank(Target(challenge.Content), 1) is [var match])
            {
                recommended.Add((challenge, match));
            }
        }

        return recommended.OrderByDescending(r => r.Item2.Score).Take(take).ToArray();
    }

    public async Task TellMatchingProvidersAsync(TenantId tenant, ChallengeSnapshot challenge)
    {
        foreach (var match in (await RankAsync(tenant, challenge.Content, Told)).Where(m => m.Score >= ToldFrom))
        {
            var notice = Notice.Of("ChallengeMatched", challenge.Content.Title, challenge.Content.BidsDue is { } due ? ChinaTime.Minutes(due) : "未定",
                match.Score.ToString("F0", CultureInfo.InvariantCulture));
            var link = PortalPaths.Of(tenant).Challenges.Item(challenge.Key.Id);
            var provider = new CatalogKey(tenant, EntityId.Parse(match.Provider.Id));
            if (await grains.TellProviderAsync(provider, Notification.Of(EntityId.New().Value, clock.GetUtcNow(), notice, link)) is { } owner)
            {
                await email.SendToAccountAsync(grains, owner, notice.Title(), notice.Body() + " " + link);
            }
        }
    }

    private static MatchTarget Target(ChallengeContent c) => new(c.Industry, c.Domain, c.Technologies, c.Province);

    /// <summary>The public entries of one kind: listed providers, published cases.</summary>
    private IAsyncEnumerable<CatalogEntry> Public(TenantId tenant, CatalogKind kind) => grains.GetCatalogDirectory(tenant, kind).AllAsync(new CatalogQuery());
}
