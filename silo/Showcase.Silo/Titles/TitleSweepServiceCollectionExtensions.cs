namespace Showcase.Silo.Titles;

public static class TitleSweepServiceCollectionExtensions
{
    /// <summary>The cluster's expiry sweep for demonstration titles, at start and then every <c>Showcase:TitleSweep:Interval</c>.</summary>
    public static IServiceCollection AddShowcaseTitleSweep(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<TitleSweepOptions>(configuration.GetSection(TitleSweepOptions.Section));
        services.AddHostedService<TitleExpirySweeper>();
        return services;
    }
}
