using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.Options;
using Showcase.Api;
using Showcase.Api.Backups;
using Showcase.Api.Collections;
using Showcase.Api.Files;
using Showcase.Api.GraphQL.Http;
using Showcase.Api.Outages;
using Showcase.Api.Pictures;
using Showcase.Api.Programs;
using Showcase.Api.Statistics;
using Showcase.Api.Tenancy;
using Showcase.Api.Transfers;
using Showcase.Catalog.Markdown;
using Showcase.Silo.Backups;
using Showcase.Silo.Observability;
using Showcase.Silo.Files;
using Showcase.Silo.Portfolio;
using Showcase.Silo.Security;
using Showcase.Silo.Tenancy;
using Showcase.Silo.Tenancy.PortalData;
using Showcase.Silo.Titles;
using Showcase.Web;
using Showcase.Web.Localization;

namespace Showcase.Silo.Hosting;

public static class WebHostingExtensions
{
    private const string DefaultUrl = "http://localhost:5080";

    /// <summary>The application services, GraphQL, the Blazor pages, health checks and the demo tenant.</summary>
    public static WebApplicationBuilder AddShowcaseWeb(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        // Serves the Razor class library's files (_content/Showcase.Web/…) from the build output in every environment,
        // not only Development; a published app has them in wwwroot and this does nothing.
        builder.WebHost.UseStaticWebAssets();

        // After the silo, so the grains they call are reachable (hosted services start in order).
        builder.Services.Configure<PlatformAdminOptions>(builder.Configuration.GetSection(PlatformAdminOptions.Section));
        builder.Services.AddHostedService<PlatformSeeder>();
        builder.Services.AddHostedService<PortalPurge>();
        builder.Services.AddSingleton<IPortalArchives, PortalArchives>();
        builder.Services.AddSingleton<DemoPortfolioSeeder>();
        builder.Services.AddHostedService<DemoTenantSeeder>();
        builder.Services.AddShowcaseTitleSweep(builder.Configuration);
        builder.Services.AddShowcaseFileSweep(builder.Configuration);
        builder.Services.AddSingleton<IDataBackups, EmbeddedDataBackups>();
        builder.Services.AddShowcaseApi(builder.Configuration, builder.Environment);
        builder.Services.AddShowcaseRateLimits(builder.Configuration);
        builder.Services.AddShowcaseForwardedHeaders(builder.Configuration);
        builder.Services.AddSingleton<MarkdownRenderer>();
        builder.Services.AddRazorComponents();
        builder.Services.AddShowcaseLanguages(strict: builder.Environment.IsDevelopment() || builder.Configuration.GetValue<bool>("Showcase:StrictTranslations"));
        // Pages keep Chinese as it is instead of &#x…; escapes (the encoder still escapes markup characters).
        builder.Services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        builder.Services.AddShowcaseHealthChecks();
        builder.Services.AddShowcaseIdleMemoryTrim();
        builder.AddShowcaseTelemetry();
        return builder;
    }

    public static WebApplication UseShowcaseWeb(this WebApplication app)
    {
        app.UseShowcaseIdleMemoryTrim();
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
        }

        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseShowcaseUploadSize();
        app.UseMiddleware<OutageMiddleware>();
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseMiddleware<TenantResolutionMiddleware>();
        // After the tenant: a portal's default language is one of the choices.
        app.UseRequestLocalization();
        // Routing after tenant resolution, which may rewrite a bound host name's request to its /t/{tenant}/ path.
        app.UseRouting();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapShowcaseHealth();
        app.MapShowcaseMetrics();
        app.MapShowcaseGraphQL();
        app.MapShowcaseTransfers();
        app.MapShowcasePrograms();
        app.MapShowcaseCollectionExports();
        app.MapShowcasePictures();
        app.MapShowcaseFiles();
        app.MapShowcaseBackups();
        app.MapShowcasePortalArchives();
        app.MapShowcaseStatistics();
        app.MapShowcaseWeb(app.Services.GetRequiredService<IOptions<ShowcaseOptions>>().Value.DefaultTenant);
        return app;
    }
}
