using Showcase.Api.Pictures;

namespace Showcase.Silo.Pictures;

public static class PictureSweepServiceCollectionExtensions
{
    /// <summary>Forgets unnamed picture files at start and then every <c>Showcase:PictureSweep:Interval</c>.</summary>
    public static IServiceCollection AddShowcasePictureSweep(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PictureSweepOptions>(configuration.GetSection(PictureSweepOptions.Section));
        services.AddSingleton<PictureSweeper>();
        services.AddHostedService<PictureSweepService>();
        return services;
    }
}
