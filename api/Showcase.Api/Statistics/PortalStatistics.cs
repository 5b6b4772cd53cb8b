using Microsoft.Extensions.Localization;
using Showcase.Api.People;
using Showcase.Api.Programs;
using Showcase.Api.Tenancy;
using Showcase.Api.Transfers;
using Showcase.Challenges;
using Showcase.Common;
using Showcase.Listings;
using Showcase.People;
using Showcase.Programs;
using Showcase.Tenancy;

namespace Showcase.Api.Statistics;

/// <summary>
/// What a portal's programs achieved, as tables to chart: the public catalog by year, province, industry and
/// domain and how the cases' indicators changed (everyone), and, for its organisers (curators and portal admins),
/// the 揭榜挂帅 funnel and the program calls' applications and quotas.
/// </summary>
public sealed class PortalStatistics(
    IGrainFactory grains, RequestTenant tenant, CurrentUser current, ProgramService programs, TimeProvider clock, IStringLocalizer<PortalStatistics> texts)
{
    /// <summary>How many cases a (domain, indicator) needs before its spread is shown.</summary>
    public const int SpreadMinimum = 3;

    private static readonly string[] OrganiserKeys = ["challenge-funnel", .. ProgramTables.Keys];

    private PortalPaths Paths => PortalPaths.Of(tenant.Id.Value);

    public bool CanSeeOrganiserFigures => current.IsCurator;

    /// <summary>Every table the current person may see: the catalog's, then the organisers'.</summary>
    public async Task<IReadOnlyList<StatisticsTable>> AllAsync() =>
        CanSeeOrganiserFigures ? [.. await CatalogAsync(), .. await OrganiserAsync()] : await CatalogAsync();

    /// <summary>One table by its key: NOT_FOUND when there is none, FORBIDDEN for an organisers' table asked for by anyone else.</summary>
    public async Task<StatisticsTable> FindAsync(string key) =>
        (await CatalogAsync()).FirstOrDefault(t => t.Key == key)
        ?? (OrganiserKeys.Contains(key) ? (await OrganiserAsync()).First(t => t.Key == key) : null)
        ?? throw new DomainException(ErrorCodes.NotFound, Sentence.Of("NoSuchStatisticsTable", key), "table");

    /// <summary>Every table the person may see (<paramref name="key"/> null), or the one named, as an Excel workbook.</summary>
    public async Task<ExportFile> WorkbookAsync(string? key)
    {
        IReadOnlyList<StatisticsTable> tables = key is null ? await AllAsync() : [await FindAsync(key)];
        return StatisticsWorkbook.Of(tenant.Current.Profile.Name, tables, clock.GetUtcNow(), texts);
    }

    public async Task<IReadOnlyList<StatisticsTable>> CatalogAsync()
    {
        var (cases, factories, zones) = (TallyAsync(CatalogKind.Case), TallyAsync(CatalogKind.Factory), TallyAsync(CatalogKind.PilotZone));
        return CatalogTables.Of(Paths, await cases, await factories, await zones, SpreadMinimum, texts, TenantProfile.CurrentLanguage);
    }

    /// <summary>The funnel and the program calls; refused (FORBIDDEN) to anyone but organisers.</summary>
    public async Task<IReadOnlyList<StatisticsTable>> OrganiserAsync()
    {
        current.RequireAny("查看揭榜挂帅与申报统计", Role.Curator, Role.TenantAdmin);
        var calls = await Task.WhenAll((await programs.CallsAsync()).Select(c => grains.GetProgramCall(new ProgramCallKey(tenant.Id, c.Id)).GetAsync()));
        return [await FunnelAsync(), .. ProgramTables.Of(Paths, calls.OfType<ProgramCallSnapshot>().OrderBy(c => c.CreatedAt).ToArray(), texts, TenantProfile.CurrentLanguage)];
    }

    private Task<CatalogTally> TallyAsync(CatalogKind kind) => grains.GetCatalogDirectory(tenant.Id, kind).TallyAsync();

    /// <summary>posted → bid for → awarded → accepted → its result published as a case.</summary>
    private async Task<StatisticsTable> FunnelAsync()
    {
        var board = grains.GetChallengeBoard(tenant.Id);
        var posted = new List<ChallengeSummary>();
        await foreach (var challenge in Page<ChallengeSummary>.AllAsync((skip, take) => board.ListAsync(new ChallengeBoardQuery(Skip: skip, Take: take))))
        {
            if (challenge.Status != ChallengeStatus.Draft)
            {
                posted.Add(challenge);
            }
        }

        var accepted = posted.Where(c => c.Status == ChallengeStatus.Accepted).ToArray();
        var snapshots = await Task.WhenAll(accepted.Select(c => grains.GetChallenge(new ChallengeKey(tenant.Id, c.Id)).GetAsync()));
        var published = await PublishedAsync(snapshots.OfType<ChallengeSnapshot>().SelectMany(c => c.ResultCases).ToArray());
        var withPublishedCase = snapshots.OfType<ChallengeSnapshot>().Count(c => c.ResultCases.Any(published.Contains));
        var awarded = new[] { ChallengeStatus.Awarded, ChallengeStatus.Delivering, ChallengeStatus.Accepted, ChallengeStatus.Failed };
        var challenges = Paths.Challenges;
        return new StatisticsTable("challenge-funnel", texts["Funnel"], ChartKind.Funnel, [texts["Stage"], texts["Challenges"]],
        [
            new(texts["Posted"], challenges.Path, [posted.Count]),
            new(texts["BidFor"], challenges.Path, [posted.Count(c => c.Bids > 0)]),
            new(texts["Awarded"], challenges.Path, [posted.Count(c => awarded.Contains(c.Status))]),
            new(texts["Accepted"], $"{challenges.Path}?status=accepted", [accepted.Length]),
            new(texts["ResultPublished"], Paths.Cases.Path, [withPublishedCase]),
        ], texts["FunnelNote"]);
    }

    /// <summary>Which of these cases are in the public catalog (ids a directory never held are not asked for).</summary>
    private async Task<HashSet<EntityId>> PublishedAsync(IReadOnlyList<EntityId> cases)
    {
        var held = await grains.GetCatalogDirectory(tenant.Id, CatalogKind.Case).MayHoldAsync(cases);
        var entries = await Task.WhenAll(held.Select(id => grains.GetCatalogEntity(CatalogKind.Case, new CatalogKey(tenant.Id, id)).GetEntryAsync()));
        return [.. entries.Where(e => e?.IsPublic == true).Select(e => e!.Id)];
    }
}
