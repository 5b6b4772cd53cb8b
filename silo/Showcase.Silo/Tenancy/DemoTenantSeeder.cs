using Microsoft.Extensions.Options;
using Showcase.Common;
using Showcase.Scenarios;
using Showcase.Silo.Hosting;
using Showcase.Tenancy;

namespace Showcase.Silo.Tenancy;

/// <summary>
/// Makes sure the default tenant exists once the silo is up and, unless switched off, gives it a few sample
/// scenarios. Sample ids are fixed, so a restart never adds them twice and an edited sample is left alone.
/// </summary>
public sealed partial class DemoTenantSeeder(IGrainFactory grains, IOptions<ShowcaseOptions> options, ILogger<DemoTenantSeeder> logger) : IHostedService
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

        var added = 0;
        foreach (var sample in DemoScenarios.All)
        {
            var scenario = grains.GetScenario(new ScenarioKey(tenant, EntityId.Parse(sample.Id)));
            if (await scenario.GetAsync() is not null)
            {
                continue;
            }

            await scenario.CreateDraftAsync(sample.Content);
            if (sample.Publish)
            {
                await scenario.PublishAsync();
            }

            added++;
        }

        if (added > 0)
        {
            LogSeeded(added, tenant.Value);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Added {Count} sample scenarios to tenant {Tenant}")]
    private partial void LogSeeded(int count, string tenant);
}
