using Showcase.Api.Files;

namespace Showcase.Silo.Files;

public static class FileSweepServiceCollectionExtensions
{
    /// <summary>Forgets unnamed pictures and documents at start and then every <c>Showcase:FileSweep:Interval</c>.</summary>
    public static IServiceCollection AddShowcaseFileSweep(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<FileSweepOptions>(configuration.GetSection(FileSweepOptions.Section));
        services.AddSingleton<FileSweeper>();
        services.AddHostedService<FileSweepService>();
        return services;
    }
}
