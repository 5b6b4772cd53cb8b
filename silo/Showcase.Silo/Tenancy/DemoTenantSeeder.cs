using Microsoft.Extensions.Options;
using Showcase.Api.People;
using Showcase.Audit;
using Showcase.Common;
using Showcase.People;
using Showcase.Scenarios;
using Showcase.Silo.Hosting;
using Showcase.Silo.Portfolio;
using Showcase.Tenancy;

namespace Showcase.Silo.Tenancy;

/// <summary>
/// Makes sure the default tenant exists once the silo is up and, unless switched off, gives it demo organisations,
/// one demo account per role, a few sample scenarios and an open program call. Ids are fixed, so a restart never adds them twice and an
/// edited sample is left alone.
/// </summary>
public sealed partial class DemoTenantSeeder(
    IGrainFactory grains, Passwords passwords, DemoPortfolioSeeder portfolio, IOptions<ShowcaseOptions> options, IHostApplicationLifetime lifetime, ILogger<DemoTenantSeeder> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var tenant = TenantId.Parse(options.Value.DefaultTenant);
        await grains.GetTenant(tenant).EnsureCreatedAsync(new TenantProfile(
            "智能制造优秀场景展示（演示门户）",
            "汇集可复制、可推广的智能制造典型场景，供企业学习借鉴、供解决方案供应商对接需求。"));
        if (!options.Value.SeedDemoContent)
        {
            return;
        }

        // The portfolio does not depend on the people or the rest of the demo content: both are seeded side by side.
        await Task.WhenAll(
            SeedContentAsync(tenant),
            options.Value.SeedDemoPortfolio ? portfolio.SeedAsync(tenant, cancellationToken) : Task.CompletedTask);
        if (options.Value.SeedDemoPortfolio)
        {
            // Drawn once the host has started: the entities already name them, and a picture shows once drawn.
            lifetime.ApplicationStarted.Register(() => _ = Task.Run(() => DrawPicturesAsync(tenant, lifetime.ApplicationStopping), CancellationToken.None));
        }
    }

    /// <summary>Draws the demo pictures until done or until the host stops; the next start draws those still missing.</summary>
    private async Task DrawPicturesAsync(TenantId tenant, CancellationToken stopping)
    {
        try
        {
            await portfolio.DrawPicturesAsync(tenant, stopping);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            LogDrawingFailed(ex);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The demo organisations and accounts, then the program call, challenge and sample scenarios.</summary>
    private async Task SeedContentAsync(TenantId tenant)
    {
        await SeedPeopleAsync(tenant);
        await DemoProgramCall.SeedAsync(grains, tenant, DateTimeOffset.UtcNow);
        await DemoChallenge.SeedAsync(grains, tenant, DateTimeOffset.UtcNow);
        var added = 0;
        foreach (var sample in DemoScenarios.All)
        {
            var scenario = grains.GetScenario(new ScenarioKey(tenant, EntityId.Parse(sample.Id)));
            if (await scenario.GetAsync() is not null)
            {
                continue;
            }

            await scenario.CreateDraftAsync(sample.Content, DemoPeople.SampleOwner, Actor.System);
            if (sample.Publish)
            {
                await scenario.PublishAsync(Actor.System);
            }

            added++;
        }

        if (added > 0)
        {
            LogSeeded(added, tenant.Value);
        }
    }

    private async Task SeedPeopleAsync(TenantId tenant)
    {
        foreach (var (id, profile) in DemoPeople.Organisations)
        {
            var organisation = grains.GetOrganisation(new OrganisationKey(tenant, id));
            if (await organisation.GetAsync() is null)
            {
                await organisation.CreateAsync(profile, Actor.System);
            }
        }

        var applicant = grains.GetOrganisation(new OrganisationKey(tenant, DemoPeople.Applicant));
        if (await applicant.GetAsync() is null)
        {
            await applicant.SignUpAsync(DemoPeople.ApplicantProfile, Actor.System);
        }

        // Hashing is slow on purpose (about 0.1 s here); the demo accounts share their published password, so one hash serves all.
        var passwordHash = new Lazy<string>(() => passwords.Hash(DemoPeople.Password));
        foreach (var demo in DemoPeople.Accounts)
        {
            var account = grains.GetAccount(new AccountKey(tenant, EntityId.Parse(demo.Login)));
            if (await account.GetAsync() is null)
            {
                await account.RegisterAsync(
                    new AccountRegistration(demo.DisplayName, passwordHash.Value, new Membership(demo.Role is { } role ? [role] : [], demo.Organisation))
                    {
                        IsOrganisationAdmin = demo.OrganisationAdmin,
                        Email = $"{demo.Login}@showcase.invalid",
                    },
                    Actor.System);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Added {Count} sample scenarios to tenant {Tenant}")]
    private partial void LogSeeded(int count, string tenant);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not draw the demo pictures; the next start draws those missing.")]
    private partial void LogDrawingFailed(Exception exception);
}
