using Showcase.Audit;
using Showcase.Common;
using Showcase.Listings;
using Showcase.Tenancy;

namespace Showcase.Silo.Portfolio;

/// <summary>
/// Writes the <see cref="DemoPortfolio"/> into a tenant. Ids are fixed, so a restart skips what exists and never
/// overwrites an edit; a start interrupted half-way finishes at the next start.
/// </summary>
public sealed partial class DemoPortfolioSeeder(IGrainFactory grains, ILogger<DemoPortfolioSeeder> logger)
{
    private static readonly Lazy<DemoPortfolio> Portfolio = new(() => new DemoPortfolio());

    public async Task SeedAsync(TenantId tenant, CancellationToken cancellationToken)
    {
        var portfolio = Portfolio.Value;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken };
        var added = 0;
        foreach (var (kind, ids) in new[]
        {
            (CatalogKind.Provider, portfolio.Providers.Select(p => p.Id)), (CatalogKind.Factory, portfolio.Factories.Select(f => f.Id)),
            (CatalogKind.PilotZone, portfolio.PilotZones.Select(z => z.Id)), (CatalogKind.Case, portfolio.Cases.Select(c => c.Id)),
        })
        {
            await MarkMissingPendingAsync(tenant, kind, [.. ids]);
        }

        await Parallel.ForEachAsync(portfolio.Providers, parallel, async (demo, _) =>
        {
            var provider = grains.GetProvider(new CatalogKey(tenant, demo.Id));
            if (await provider.GetAsync() is null)
            {
                await provider.RegisterAsync(demo.Profile, Owner.Nobody, Actor.System);
                await provider.ListAsync(Actor.System);
                Interlocked.Increment(ref added);
            }
        });

        await Parallel.ForEachAsync(portfolio.Factories, parallel, async (demo, _) =>
        {
            var factory = grains.GetFactory(new CatalogKey(tenant, demo.Id));
            if (await factory.GetAsync() is null)
            {
                await factory.DeclareAsync(demo.Profile, demo.DeclaredOn, Owner.Nobody, Actor.System);
                foreach (var step in demo.Steps)
                {
                    await factory.AdvanceTitleAsync(step, Actor.System);
                }

                Interlocked.Increment(ref added);
            }
        });

        foreach (var demo in portfolio.PilotZones)
        {
            var zone = grains.GetPilotZone(new CatalogKey(tenant, demo.Id));
            if (await zone.GetAsync() is null)
            {
                await zone.ProposeAsync(demo.Profile, demo.ProposedOn, Owner.Nobody, Actor.System);
                foreach (var step in demo.Steps)
                {
                    await zone.AdvanceTitleAsync(step, Actor.System);
                }

                added++;
            }
        }

        await Parallel.ForEachAsync(portfolio.Cases, parallel, async (demo, _) =>
        {
            var @case = grains.GetCase(new CatalogKey(tenant, demo.Id));
            if (await @case.GetAsync() is null)
            {
                await @case.CreateDraftAsync(demo.Content, Owner.Nobody, Actor.System);
                await (demo.Publish ? @case.PublishAsync(Actor.System) : @case.SubmitForReviewAsync(Actor.System));
                Interlocked.Increment(ref added);
            }
        });

        if (added > 0)
        {
            LogSeeded(added, tenant.Value);
        }
    }

    /// <summary>
    /// One stored pending mark for every entity of a kind still to be added, as an import does: the directory then
    /// takes their entries in a few writes instead of one per change.
    /// </summary>
    private async Task MarkMissingPendingAsync(TenantId tenant, CatalogKind kind, IReadOnlyList<EntityId> ids)
    {
        var missing = await Task.WhenAll(ids.Select(async id => await grains.GetCatalogEntity(kind, new CatalogKey(tenant, id)).GetEntryAsync() is null ? id : (EntityId?)null));
        if (missing.OfType<EntityId>().ToArray() is { Length: > 0 } toAdd)
        {
            await grains.GetCatalogDirectory(tenant, kind).MarkPendingManyAsync(toAdd);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Added {Count} demo portfolio entities (providers, factories, pilot zones, cases) to tenant {Tenant}.")]
    private partial void LogSeeded(int count, string tenant);
}
