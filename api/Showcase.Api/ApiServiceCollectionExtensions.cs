using System.Text.Encodings.Web;
using System.Text.Unicode;
using GraphQL;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Showcase.Api.Audit;
using Showcase.Api.Backups;
using Showcase.Api.Cases;
using Showcase.Api.Challenges;
using Showcase.Api.Collections;
using Showcase.Api.Factories;
using Showcase.Api.Files;
using Showcase.Api.GraphQL;
using Showcase.Api.GraphQL.Batching;
using Showcase.Api.GraphQL.Http;
using Showcase.Api.GraphQL.Limits;
using Showcase.Api.Listings;
using Showcase.Api.Mail;
using Showcase.Api.Notifications;
using Showcase.Api.Outages;
using Showcase.Api.People;
using Showcase.Api.People.Authentication;
using Showcase.Api.People.Members;
using Showcase.Api.People.PasswordReset;
using Showcase.Api.People.SignIn;
using Showcase.Api.People.SignUp;
using Showcase.Api.People.Verification;
using Showcase.Api.Pictures;
using Showcase.Api.PilotZones;
using Showcase.Api.Programs;
using Showcase.Api.Providers;
using Showcase.Api.Reference;
using Showcase.Api.Scenarios;
using Showcase.Api.Search;
using Showcase.Api.Statistics;
using Showcase.Api.Tenancy;
using Showcase.Api.Transfers;
using Showcase.Common;

namespace Showcase.Api;

public static class ApiServiceCollectionExtensions
{
    /// <summary>The application services (one per feature, scoped to a request) and the GraphQL schema over them.</summary>
    public static IServiceCollection AddShowcaseApi(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddScoped<RequestTenant>();
        services.AddSingleton<TenantDirectory>();
        services.AddSingleton<Passwords>();
        services.Configure<SignInThrottleOptions>(configuration.GetSection(SignInThrottleOptions.Section));
        services.AddSingleton<DeviceCookie>();
        services.AddScoped<SignInThrottle>();
        services.AddScoped<CurrentUser>();
        services.AddShowcaseAuthentication();

        services.AddScoped<TenantAdminService>();
        services.AddScoped<BackupService>();
        services.Configure<PortalDeletionOptions>(configuration.GetSection(PortalDeletionOptions.Section));
        services.AddScoped<PortalDeletionService>();
        services.AddScoped<PortalArchiveService>();
        services.AddScoped<AccountService>();
        services.AddScoped<PeopleService>();
        services.AddScoped<PortalLinks>();
        services.AddScoped<AccountRequestThrottle>();
        services.AddScoped<OrganisationStanding>();
        services.AddScoped<ProviderEntries>();
        services.AddScoped<SignUpService>();
        services.AddScoped<OrganisationMembersService>();
        services.AddScoped<PasswordResetService>();
        services.AddScoped<AuditService>();
        services.AddScoped<ScenarioService>();
        services.AddScoped<CatalogAccess>();
        services.AddScoped<CatalogMap>();
        services.AddScoped<PortalStatistics>();
        services.AddScoped<CaseService>();
        services.AddScoped<PictureService>();
        services.AddScoped<PictureAccess>();
        services.AddScoped<FactoryService>();
        services.AddScoped<PilotZoneService>();
        services.AddScoped<ProviderService>();
        services.AddScoped<NotificationService>();
        services.AddScoped<TransferService>();
        services.AddScoped<SearchService>();
        services.AddScoped<SearchAdminService>();
        services.AddScoped<ChallengeService>();
        services.AddScoped<KeptFiles>();
        services.AddScoped<BidFiles>();
        services.AddScoped<IAttachmentOwner>(provider => provider.GetRequiredService<BidFiles>());
        services.AddScoped<ApplicationFiles>();
        services.AddScoped<IAttachmentOwner>(provider => provider.GetRequiredService<ApplicationFiles>());
        services.AddSingleton<ChallengeMatching>();
        services.AddSingleton<MatchRosters>();
        services.AddShowcaseMail(configuration);
        services.AddScoped<SearchSynonymService>();
        services.AddSingleton<PortalThesauri>();
        services.AddSingleton<ImportJobs>();
        services.AddScoped<CollectionService>();
        services.AddSingleton<CollectionBooks>();
        services.AddSingleton<CollectionExports>();
        services.AddScoped<ProgramService>();
        services.AddScoped<ProgramExports>();

        services.AddSingleton<ISchemaSlice, TenancySchemaSlice>();
        services.AddSingleton<ISchemaSlice, AccountSchemaSlice>();
        services.AddSingleton<ISchemaSlice, PeopleSchemaSlice>();
        services.AddSingleton<ISchemaSlice, JoiningSchemaSlice>();
        services.AddSingleton<ISchemaSlice, AuditSchemaSlice>();
        services.AddSingleton<ISchemaSlice, ReferenceSchemaSlice>();
        services.AddSingleton<ISchemaSlice, ScenarioSchemaSlice>();
        services.AddSingleton<ISchemaSlice, CatalogSchemaSlice>();
        services.AddSingleton<ISchemaSlice, StatisticsSchemaSlice>();
        services.AddSingleton<ISchemaSlice, CaseSchemaSlice>();
        services.AddSingleton<ISchemaSlice, FactorySchemaSlice>();
        services.AddSingleton<ISchemaSlice, PilotZoneSchemaSlice>();
        services.AddSingleton<ISchemaSlice, ProviderSchemaSlice>();
        services.AddSingleton<ISchemaSlice, NotificationSchemaSlice>();
        services.AddSingleton<ISchemaSlice, TransferSchemaSlice>();
        services.AddSingleton<ISchemaSlice, SearchSchemaSlice>();
        services.AddSingleton<ISchemaSlice, ChallengeSchemaSlice>();
        services.AddSingleton<ISchemaSlice, CollectionSchemaSlice>();
        services.AddSingleton<ISchemaSlice, ProgramSchemaSlice>();

        services.Configure<GraphQLOptions>(configuration.GetSection(GraphQLOptions.Section));
        services.PostConfigure<GraphQLOptions>(o => o.WithDefaults(environment.IsDevelopment()));
        services.AddGraphQL(graphQL => graphQL
            .AddSchema<ShowcaseSchema>()
            .AddGraphTypes(typeof(ShowcaseSchema).Assembly)
            .AddSystemTextJson(json => json.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All))
            .AddValidationRule<ShowcaseComplexityRule>()
            .AddErrorInfoProvider<ShowcaseErrorInfoProvider>()
            .AddValidationRule<ShowcaseIntrospectionRule>()
            .UseMiddleware<DomainErrorMiddleware>()
            .AddUnhandledExceptionHandler(context =>
            {
                var services = context.ExecutionOptions.RequestServices!;
                if (Outage.Is(context.OriginalException))
                {
                    services.GetRequiredService<OutageLog>().Report(context.OriginalException);
                }
                else if (context.OriginalException is not DomainException)
                {
                    services.GetRequiredService<ILogger<GraphQLHttpEndpoint>>()
                        .LogError(context.OriginalException, "GraphQL field {Path} failed", context.FieldContext?.ResponsePath);
                }
            }));
        services.AddSingleton<DocumentReader>();
        services.AddSingleton<ValidatedDocuments>();
        services.AddScoped<RequestBatches>();
        services.AddSingleton<OutageLog>();
        services.AddSingleton<GraphQLHttpEndpoint>();
        return services;
    }
}
