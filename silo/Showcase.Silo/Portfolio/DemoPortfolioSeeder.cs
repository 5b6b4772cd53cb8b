using Showcase.Api.Files;
using Showcase.Api.Pictures;
using Showcase.Audit;
using Showcase.Common;
using Showcase.Listings;
using Showcase.Tenancy;

namespace Showcase.Silo.Portfolio;

/// <summary>
/// Writes the <see cref="DemoPortfolio"/> into a tenant. Ids are fixed, so a restart skips what exists and never
/// overwrites an edit; a start interrupted half-way finishes at the next start.
/// </summary>
public sealed partial class DemoPortfolioSeeder(IGrainFactory grains, IFileStore files, ILogger<DemoPortfolioSeeder> logger)
{
    private static readonly Lazy<DemoPortfolio> Portfolio = new(() => new DemoPortfolio());

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
            await factory.DeclareAsync(demo.Profile with { Pictures = DemoPicturePlan.Set(DemoPicturePlan.For(demo)) }, demo.DeclaredOn, Owner.Nobody, Actor.System);
            foreach (var step in demo.Steps)
            {
                await factory.AdvanceTitleAsync(step, Actor.System);
            }
        });

        var zones = await MissingAsync(tenant, CatalogKind.PilotZone, portfolio.PilotZones, z => z.Id);
        foreach (var demo in zones)
        {
            var zone = grains.GetPilotZone(new CatalogKey(tenant, demo.Id));
            await zone.ProposeAsync(demo.Profile with { Pictures = DemoPicturePlan.Set(DemoPicturePlan.For(demo)) }, demo.ProposedOn, Owner.Nobody, Actor.System);
            foreach (var step in demo.Steps)
            {
                await zone.AdvanceTitleAsync(step, Actor.System);
            }
        }

        var cases = await MissingAsync(tenant, CatalogKind.Case, portfolio.Cases, c => c.Id);
        await Parallel.ForEachAsync(cases, parallel, async (demo, _) =>
        {
            var @case = grains.GetCase(new CatalogKey(tenant, demo.Id));
            var content = demo.Content with { Pictures = DemoPicturePlan.Set(DemoPicturePlan.For(demo)) };
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

    /// <summary>
    /// Draws the portfolio's pictures that are not kept yet (all of them on the first start; those a stop cut short
    /// after it), two at a time so pages keep answering meanwhile. Answers how many were drawn.
    /// </summary>
    public async Task<int> DrawPicturesAsync(TenantId tenant, CancellationToken cancellationToken)
    {
        var kept = new HashSet<EntityId>();
        await foreach (var file in files.ListAsync(tenant, DateTimeOffset.MaxValue, cancellationToken))
        {
            kept.Add(file.Id);
        }

        var missing = DemoPicturePlan.All(Portfolio.Value).Where(p => !kept.Contains(p.Id) || !kept.Contains(PictureService.ThumbnailOf(p.Id))).ToArray();
        await Parallel.ForEachAsync(missing, new ParallelOptions { MaxDegreeOfParallelism = 2, CancellationToken = cancellationToken }, async (picture, token) =>
        {
            await PictureService.KeepAsync(files, tenant, picture.Id, PictureProcessor.Process(picture.Draw()), picture.Owner, uploadedBy: null, token);
        });
        if (missing.Length > 0)
        {
            LogDrawn(missing.Length, tenant.Value);
        }

        return missing.Length;
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Drew {Count} demo portfolio pictures for tenant {Tenant}.")]
    private partial void LogDrawn(int count, string tenant);

    [LoggerMessage(Level = LogLevel.Information, Message = "Added {Count} demo portfolio entities (providers, factories, pilot zones, cases) to tenant {Tenant}.")]
    private partial void LogSeeded(int count, string tenant);
}
