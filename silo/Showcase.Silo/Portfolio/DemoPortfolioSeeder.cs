using Showcase.Api.Files;
using Showcase.Api.Pictures;
using Showcase.Audit;
using Showcase.Common;
using Showcase.Listings;
using Showcase.Pictures;
using Showcase.Tenancy;

namespace Showcase.Silo.Portfolio;

/// <summary>
/// Writes the <see cref="DemoPortfolio"/> into a tenant. Ids are fixed, so a restart skips what exists and never
/// overwrites an edit; a start interrupted half-way finishes at the next start.
/// </summary>
public sealed partial class DemoPortfolioSeeder(IGrainFactory grains, IFileStore files, ILogger<DemoPortfolioSeeder> logger)
{
    private static readonly Lazy<DemoPortfolio> Portfolio = new(() => new DemoPortfolio());

    /// <summary>The first cases of the portfolio get pictures; the rest stay text, as most imported cases are.</summary>
    private const int CasesWithPictures = 48;

    public async Task SeedAsync(TenantId tenant, CancellationToken cancellationToken)
    {
        var portfolio = Portfolio.Value;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken };

        var providers = await MissingAsync(tenant, CatalogKind.Provider, portfolio.Providers, p => p.Id);
        await Parallel.ForEachAsync(providers, parallel, async (demo, _) =>
        {
            var provider = grains.GetProvider(new CatalogKey(tenant, demo.Id));
            await provider.RegisterAsync(demo.Profile, Owner.Nobody, Actor.System);
            await provider.ListAsync(Actor.System);
        });

        var factories = await MissingAsync(tenant, CatalogKind.Factory, portfolio.Factories, f => f.Id);
        await Parallel.ForEachAsync(factories, parallel, async (demo, _) =>
        {
            var factory = grains.GetFactory(new CatalogKey(tenant, demo.Id));
            var pictures = await KeepAsync(tenant, PictureOwner.Of(CatalogKind.Factory, demo.Id), cancellationToken,
                ("site", () => DemoPictures.Workshop(demo.Id.Value), $"{demo.Profile.Name}生产现场（示意图）"));
            await factory.DeclareAsync(demo.Profile with { Pictures = pictures }, demo.DeclaredOn, Owner.Nobody, Actor.System);
            foreach (var step in demo.Steps)
            {
                await factory.AdvanceTitleAsync(step, Actor.System);
            }
        });

        var zones = await MissingAsync(tenant, CatalogKind.PilotZone, portfolio.PilotZones, z => z.Id);
        foreach (var demo in zones)
        {
            var zone = grains.GetPilotZone(new CatalogKey(tenant, demo.Id));
            var pictures = await KeepAsync(tenant, PictureOwner.Of(CatalogKind.PilotZone, demo.Id), cancellationToken,
                ("plan", () => DemoPictures.Zone(demo.Id.Value), $"{demo.Profile.Name}园区布局（示意图）"));
            await zone.ProposeAsync(demo.Profile with { Pictures = pictures }, demo.ProposedOn, Owner.Nobody, Actor.System);
            foreach (var step in demo.Steps)
            {
                await zone.AdvanceTitleAsync(step, Actor.System);
            }
        }

        var cases = await MissingAsync(tenant, CatalogKind.Case, portfolio.Cases, c => c.Id);
        await Parallel.ForEachAsync(cases, parallel, async (demo, _) =>
        {
            var @case = grains.GetCase(new CatalogKey(tenant, demo.Id));
            var content = demo.Number > CasesWithPictures ? demo.Content : demo.Content with
            {
                Pictures = await KeepAsync(tenant, PictureOwner.Of(CatalogKind.Case, demo.Id), cancellationToken,
                    ("site", () => DemoPictures.Workshop(demo.Id.Value), "改造后的生产现场（示意图）"),
                    ("results", () => DemoPictures.Results(demo.Content.Metrics, demo.Id.Value), "实施前后主要指标对比：灰色为实施前，彩色为实施后（示意图）")),
            };
            if (demo.Publish)
            {
                await @case.CreatePublishedAsync(content, Owner.Nobody, Actor.System);
            }
            else
            {
                await @case.CreateDraftAsync(content, Owner.Nobody, Actor.System);
                await @case.SubmitForReviewAsync(Actor.System);
            }
        });

        if (providers.Count + factories.Count + zones.Count + cases.Count is var added and > 0)
        {
            LogSeeded(added, tenant.Value);
        }
    }

    /// <summary>Draws, processes and keeps an entity's pictures under fixed ids; the first is the cover, the rest the gallery.</summary>
    private async Task<PictureSet> KeepAsync(TenantId tenant, PictureOwner owner, CancellationToken cancellationToken, params (string Name, Func<byte[]> Draw, string Caption)[] drawn)
    {
        var pictures = new List<Picture>();
        foreach (var (name, draw, caption) in drawn)
        {
            var id = EntityId.Parse($"{owner.Entity}-{name}");
            var processed = PictureProcessor.Process(draw());
            await files.SaveAsync(tenant, PictureService.ThumbnailOf(id), new StoredFile(processed.ContentType, processed.Thumbnail, owner.ToString()), cancellationToken);
            await files.SaveAsync(tenant, id, new StoredFile(processed.ContentType, processed.Display, owner.ToString()), cancellationToken);
            pictures.Add(new Picture(id, processed.Width, processed.Height, caption));
        }

        return new PictureSet(pictures[0], pictures[1..]);
    }

    /// <summary>
    /// The demo entities of a kind not in the tenant yet, marked pending in one write, as an import does: the directory
    /// then takes their entries in a few writes instead of one per change.
    /// </summary>
    private async Task<IReadOnlyList<T>> MissingAsync<T>(TenantId tenant, CatalogKind kind, IEnumerable<T> demos, Func<T, EntityId> idOf)
    {
        var existing = await grains.ExistingAsync(tenant, kind, demos.Select(idOf).ToArray());
        var missing = demos.Where(demo => !existing.Contains(idOf(demo))).ToArray();
        if (missing.Length > 0)
        {
            await grains.GetCatalogDirectory(tenant, kind).MarkPendingManyAsync([.. missing.Select(idOf)]);
        }

        return missing;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Added {Count} demo portfolio entities (providers, factories, pilot zones, cases) to tenant {Tenant}.")]
    private partial void LogSeeded(int count, string tenant);
}
